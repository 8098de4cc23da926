package kr.sangsaeng.company.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.sangsaeng.company.PartnerListChanged;
import kr.sangsaeng.company.PartnerListChanged.Change;
import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.company.internal.PartnerRepository.TierCounts;
import kr.sangsaeng.program.Institutions;
import kr.sangsaeng.program.Institutions.Institution;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.MailAddresses;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the funders' partner lists by hand: look up, search, add, edit, remove and export. Every change is
 * published as a {@link PartnerListChanged}.
 */
@Service
public class PartnerLists {

	public static final int PAGE_SIZE = 50;

	public static final int MAX_COMPANY_NAME_LENGTH = PartnerFileReader.MAX_NAME_LENGTH;

	private final PartnerRepository partners;

	private final Institutions institutions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PartnerLists(PartnerRepository partners, Institutions institutions, ApplicationEventPublisher events,
			Clock clock) {
		this.partners = partners;
		this.institutions = institutions;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Institution funder(String funderCode) {
		return institutions.funder(funderCode).orElseThrow(() -> new UnknownFunderException(funderCode));
	}

	/**
	 * Every funder with the size of its partner list.
	 */
	@Transactional(readOnly = true)
	public List<FunderPartners> funders() {
		Map<String, TierCounts> counts = partners.countsByFunder()
			.stream()
			.collect(Collectors.toMap(TierCounts::funderCode, Function.identity()));
		return institutions.funders().stream().map(funder -> {
			TierCounts count = counts.getOrDefault(funder.code(), new TierCounts(funder.code(), 0, 0, 0, 0));
			return new FunderPartners(funder, count.total(), count.tier1(), count.tier2(), count.tier3());
		}).toList();
	}

	/**
	 * A page (from 0) of a funder's partners in name order, narrowed to names or numbers containing {@code text}
	 * and to {@code tier} when they are given.
	 */
	@Transactional(readOnly = true)
	public Page<Partner> search(String funderCode, String text, PartnerTier tier, int page) {
		funder(funderCode);
		return partners.search(funderCode, text, tier, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
	}

	@Transactional(readOnly = true)
	public long count(String funderCode) {
		return partners.count(funderCode);
	}

	@Transactional(readOnly = true)
	public Partner partner(String funderCode, BusinessRegistrationNumber number) {
		funder(funderCode);
		return partners.find(funderCode, number)
			.orElseThrow(() -> new PartnerNotListedException(funderCode, number.formatted()));
	}

	@Transactional
	public Partner add(String funderCode, BusinessRegistrationNumber number, String companyName, PartnerTier tier,
			String by) {
		return add(funderCode, number, companyName, tier, null, by);
	}

	/**
	 * Adds a partner with the address the funder reaches it at ({@code null} for none).
	 * @throws IllegalArgumentException when the name is empty or too long, or the address not well-formed
	 */
	@Transactional
	public Partner add(String funderCode, BusinessRegistrationNumber number, String companyName, PartnerTier tier,
			String contactEmail, String by) {
		funder(funderCode);
		if (!partners.add(funderCode, number, requireName(companyName), tier, contact(contactEmail), by)) {
			throw new PartnerAlreadyListedException(funderCode, number.formatted());
		}
		events.publishEvent(new PartnerListChanged(funderCode, Change.ADDED, number, 1, 0, 0, by, clock.instant()));
		return partner(funderCode, number);
	}

	/**
	 * Changes a partner's name, tier and contact address ({@code null} for none).
	 * @throws IllegalArgumentException when the name is empty or too long, or the address not well-formed
	 */
	@Transactional
	public Partner edit(String funderCode, BusinessRegistrationNumber number, String companyName, PartnerTier tier,
			String contactEmail, String by) {
		funder(funderCode);
		if (!partners.update(funderCode, number, requireName(companyName), tier, contact(contactEmail), by)) {
			throw new PartnerNotListedException(funderCode, number.formatted());
		}
		events.publishEvent(new PartnerListChanged(funderCode, Change.EDITED, number, 0, 1, 0, by, clock.instant()));
		return partner(funderCode, number);
	}

	@Transactional
	public void remove(String funderCode, BusinessRegistrationNumber number, String by) {
		funder(funderCode);
		if (!partners.remove(funderCode, number)) {
			throw new PartnerNotListedException(funderCode, number.formatted());
		}
		events.publishEvent(new PartnerListChanged(funderCode, Change.REMOVED, number, 0, 0, 1, by, clock.instant()));
	}

	/**
	 * Writes a funder's whole list as CSV, with column names in the reader's language.
	 */
	@Transactional(readOnly = true)
	public void export(String funderCode, Locale locale, OutputStream out) {
		funder(funderCode);
		try (PartnerFileWriter file = new PartnerFileWriter(out, locale)) {
			partners.forEach(funderCode, file::write);
		}
	}

	/**
	 * A company name as it is kept: line breaks and tabs become spaces, blanks around it go.
	 */
	public static String normaliseCompanyName(String typed) {
		return typed == null ? null : PartnerFileReader.companyName(typed);
	}

	/**
	 * A contact address as it is kept: blanks around it go, and an empty one is none.
	 */
	public static String normaliseContactEmail(String typed) {
		return PartnerFileReader.contactEmail(typed);
	}

	private static String contact(String typed) {
		String address = PartnerFileReader.contactEmail(typed);
		if (address != null && !MailAddresses.isWellFormed(address)) {
			throw new IllegalArgumentException("Not a mail address: " + address);
		}
		return address;
	}

	private static String requireName(String companyName) {
		String name = companyName == null ? "" : PartnerFileReader.companyName(companyName);
		if (name.isEmpty() || name.codePointCount(0, name.length()) > PartnerFileReader.MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("A company name has 1 to " + PartnerFileReader.MAX_NAME_LENGTH
					+ " characters");
		}
		return name;
	}

}
