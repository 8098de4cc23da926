package kr.sangsaeng.company;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.company.internal.PartnerLists;
import kr.sangsaeng.company.internal.PartnerRepository;
import kr.sangsaeng.identity.Ownership;
import kr.sangsaeng.program.Institutions.Institution;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.FunderCode;
import kr.sangsaeng.shared.Won;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supply-chain cascade: a verified tier-1 partner of a funder nominates its own tier-2 and tier-3 suppliers; the
 * funder confirms each (the supplier joins its partner list at that tier, as an imported partner would) or refuses it
 * with a reason; the partner may withdraw a nomination still waiting. A tier-3 supplier comes through a tier-2
 * supplier that the same partner nominated. Every step is published as a {@link SupplierNominationChanged}.
 */
@Service
public class SupplierNominations {

	public static final int MAX_REASON_LENGTH = 500;

	private final SupplierNominationRepository nominations;

	private final PartnerRepository partners;

	private final PartnerLists lists;

	private final CompanyProfiles profiles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SupplierNominations(SupplierNominationRepository nominations, PartnerRepository partners, PartnerLists lists,
			CompanyProfiles profiles, ApplicationEventPublisher events, Clock clock) {
		this.nominations = nominations;
		this.partners = partners;
		this.lists = lists;
		this.profiles = profiles;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The funders whose partner list names the company at tier 1, once it has proved its number: those it may
	 * nominate suppliers to.
	 */
	@Transactional(readOnly = true)
	public List<Institution> fundersOf(long organisationId, BusinessRegistrationNumber company) {
		if (profiles.ownership(organisationId) != Ownership.VERIFIED) {
			return List.of();
		}
		return partners.tiersOf(company)
			.entrySet()
			.stream()
			.filter(partnership -> partnership.getValue() == PartnerTier.TIER_1)
			.map(Map.Entry::getKey)
			.map(lists::funder)
			.toList();
	}

	/**
	 * What the company nominated, newest first: the organisation's own, not those of another company claiming the same
	 * number.
	 */
	@Transactional(readOnly = true)
	public List<NominationView> madeBy(long organisationId) {
		return nominations.findByNominator(organisationId).stream().map(SupplierNomination::toView).toList();
	}

	/**
	 * What was nominated to the funder, those waiting first, then newest first.
	 */
	@Transactional(readOnly = true)
	public List<NominationView> madeTo(FunderCode funder) {
		return nominations.findByFunder(funder.value()).stream().map(SupplierNomination::toView).toList();
	}

	/**
	 * @throws NominationNotFoundException when no nomination of that id was made to the funder
	 */
	@Transactional(readOnly = true)
	public NominationView oneMadeTo(FunderCode funder, long id) {
		return nominations.findMadeTo(id, funder.value())
			.map(SupplierNomination::toView)
			.orElseThrow(NominationNotFoundException::new);
	}

	/**
	 * @param through for a tier-3 supplier, the tier-2 supplier it supplies; ignored for tier 2
	 * @param reason why the partner nominates the supplier, or {@code null}
	 * @param yearlyTrade what the partner buys from the supplier in a year, or {@code null}
	 * @throws NominationNotFoundException when the company is no verified tier-1 partner of the funder
	 * @throws NominationRuleException on the field at fault: {@code businessNumber} for the company's own number, a
	 * supplier already on the funder's list or already waiting for its decision; {@code companyName} empty or too
	 * long; {@code tier} other than 2 or 3; {@code throughNumber} missing for tier 3 or not a tier-2 supplier this
	 * company nominated; {@code reason} too long
	 */
	@Transactional
	public NominationView nominate(String funderCode, long organisationId, BusinessRegistrationNumber company,
			BusinessRegistrationNumber supplier, String companyName, PartnerTier tier, BusinessRegistrationNumber through,
			String reason, Won yearlyTrade, String by) {
		if (fundersOf(organisationId, company).stream().noneMatch(funder -> funder.code().equals(funderCode))) {
			throw new NominationNotFoundException();
		}
		if (supplier.equals(company)) {
			throw new NominationRuleException("businessNumber", "nomination.error.own");
		}
		if (partners.tierOf(funderCode, supplier).isPresent()) {
			throw new NominationRuleException("businessNumber", "nomination.error.listed");
		}
		if (nominations.isWaiting(funderCode, supplier.digits())) {
			throw new NominationRuleException("businessNumber", "nomination.error.duplicate");
		}
		String name = PartnerLists.normaliseCompanyName(companyName);
		if (name == null || name.isEmpty()
				|| name.codePointCount(0, name.length()) > PartnerLists.MAX_COMPANY_NAME_LENGTH) {
			throw new NominationRuleException("companyName", "nomination.error.companyName",
					PartnerLists.MAX_COMPANY_NAME_LENGTH);
		}
		if (tier == PartnerTier.TIER_1) {
			throw new NominationRuleException("tier", "nomination.error.tier");
		}
		String throughNumber = null;
		if (tier == PartnerTier.TIER_3) {
			if (through == null) {
				throw new NominationRuleException("throughNumber", "nomination.error.through.required");
			}
			if (!nominations.isOwnTier2(funderCode, company.digits(), through.digits())) {
				throw new NominationRuleException("throughNumber", "nomination.error.through");
			}
			throughNumber = through.digits();
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why != null && why.codePointCount(0, why.length()) > MAX_REASON_LENGTH) {
			throw new NominationRuleException("reason", "nomination.error.reason.length", MAX_REASON_LENGTH);
		}
		if (yearlyTrade != null && yearlyTrade.isZero()) {
			yearlyTrade = null;
		}
		SupplierNomination nomination;
		try {
			nomination = nominations.saveAndFlush(new SupplierNomination(funderCode, company.digits(), organisationId,
					supplier.digits(), name, tier.number(), throughNumber, why, yearlyTrade, by, clock.instant()));
		}
		catch (DataIntegrityViolationException nominatedMeanwhile) {
			// another partner nominated the same supplier at the same moment, and its nomination committed first
			throw new NominationRuleException("businessNumber", "nomination.error.duplicate");
		}
		return published(nomination, SupplierNominationChanged.Change.NOMINATED, by);
	}

	/**
	 * Withdraws a nomination the company made that still waits for the funder.
	 *
	 * @throws NominationNotFoundException when the company made no nomination of that id
	 * @throws NominationRuleException {@code nomination.error.decided} when the funder already decided it, or it was
	 * withdrawn
	 */
	@Transactional
	public NominationView withdraw(long organisationId, long id, String by) {
		SupplierNomination nomination = nominations.findMadeByForUpdate(id, organisationId)
			.orElseThrow(NominationNotFoundException::new);
		requireWaiting(nomination);
		nomination.withdraw(by, clock.instant());
		return published(nomination, SupplierNominationChanged.Change.WITHDRAWN, by);
	}

	/**
	 * Confirms a nomination made to the funder: the supplier joins its partner list at the nominated tier.
	 *
	 * @throws NominationNotFoundException when no nomination of that id was made to the funder
	 * @throws NominationRuleException when it no longer waits, when the supplier is on the list already, or for a
	 * tier-3 supplier whose tier-2 supplier is not on the list yet
	 */
	@Transactional
	public NominationView confirm(FunderCode funder, long id, String by) {
		SupplierNomination nomination = nominations.findMadeToForUpdate(id, funder.value())
			.orElseThrow(NominationNotFoundException::new);
		requireWaiting(nomination);
		NominationView waiting = nomination.toView();
		if (partners.tierOf(funder.value(), waiting.number()).isPresent()) {
			throw new NominationRuleException(null, "nomination.error.listed");
		}
		if (waiting.through() != null && partners.tierOf(funder.value(), waiting.through()).isEmpty()) {
			throw new NominationRuleException(null, "nomination.error.through.notListed",
					waiting.through().formatted());
		}
		lists.add(funder.value(), waiting.number(), waiting.companyName(), waiting.partnerTier(), by);
		nomination.confirm(by, clock.instant());
		return published(nomination, SupplierNominationChanged.Change.CONFIRMED, by);
	}

	/**
	 * Refuses a nomination made to the funder, with the reason the nominating partner will read.
	 *
	 * @throws NominationNotFoundException when no nomination of that id was made to the funder
	 * @throws NominationRuleException {@code reason} empty or too long; when it no longer waits
	 */
	@Transactional
	public NominationView refuse(FunderCode funder, long id, String reason, String by) {
		SupplierNomination nomination = nominations.findMadeToForUpdate(id, funder.value())
			.orElseThrow(NominationNotFoundException::new);
		requireWaiting(nomination);
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new NominationRuleException("reason", "nomination.error.refusal.required");
		}
		if (why.codePointCount(0, why.length()) > MAX_REASON_LENGTH) {
			throw new NominationRuleException("reason", "nomination.error.reason.length", MAX_REASON_LENGTH);
		}
		nomination.refuse(why, by, clock.instant());
		return published(nomination, SupplierNominationChanged.Change.REFUSED, by);
	}

	private static void requireWaiting(SupplierNomination nomination) {
		if (!nomination.isWaiting()) {
			throw new NominationRuleException(null, "nomination.error.decided");
		}
	}

	private NominationView published(SupplierNomination nomination, SupplierNominationChanged.Change change,
			String by) {
		nominations.flush();
		NominationView view = nomination.toView();
		events.publishEvent(new SupplierNominationChanged(view, change, by, clock.instant()));
		return view;
	}

}
