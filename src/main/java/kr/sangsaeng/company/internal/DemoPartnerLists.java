package kr.sangsaeng.company.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.sangsaeng.company.PartnerListChanged;
import kr.sangsaeng.company.PartnerListChanged.Change;
import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.company.internal.PartnerRepository.NewPartner;
import kr.sangsaeng.program.Institutions;
import kr.sangsaeng.program.Institutions.Institution;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every funder whose partner list is empty a list of a few hundred made-up partner SMEs at start-up (profile
 * {@code demo} only). The companies are the same on every run, Hyundai Motor and Kia share many suppliers, most
 * partners are tier 2 or 3, and the demo SME (주)한빛오토텍 is a tier-1 partner of Hyundai Motor. Most partners have a
 * contact address, as imports may give; lists made by an earlier version get theirs at the next start.
 */
@Component
@Profile("demo")
@Order(10)
class DemoPartnerLists implements ApplicationRunner {

	static final String DEMO_BY = "demo";

	static final NewPartner DEMO_SME = new NewPartner(BusinessRegistrationNumber.parse("314-86-05193"),
			"(주)한빛오토텍", PartnerTier.TIER_1, "finance@hanbit-autotech.example");

	/** Where the made-up suppliers are reached; the demo keeps the mail sent there at /demo/mailbox. */
	static final String CONTACT_DOMAIN = "demo-partners.example";

	static final String HYUNDAI = "HYUNDAI";

	private static final Logger log = LoggerFactory.getLogger(DemoPartnerLists.class);

	private static final String[] NAME_STEMS = { "대성", "한일", "동양", "삼진", "세원", "우진", "태광", "신흥", "영신", "경원",
			"화승", "서진", "동보", "금강", "명성", "성우", "대유", "진영", "유성", "부광", "대원", "삼화", "한성", "동신", "세진",
			"광진", "성진", "한국", "대진", "신영", "일진", "태성", "동아", "대림", "평화", "상신", "덕양", "정우", "청호", "미래",
			"새한", "보광", "대한", "원일", "코리아", "한길", "다온", "해솔", "늘품", "한솔" };

	private static final String[] TRADES = { "정밀", "오토텍", "산업", "기공", "테크", "전자", "금속", "화학", "철강", "엠텍",
			"하이텍", "플라스틱", "기계", "물산", "케미칼", "이엔지", "오토모티브", "단조", "주조", "공업", "스틸", "모터스", "씨앤에스",
			"에스티", "테크윈", "폴리머", "메탈", "로지스", "솔루션", "시스템" };

	private static final String[] TAX_OFFICES = { "101", "104", "105", "106", "113", "120", "124", "125", "131", "134",
			"135", "137", "138", "140", "142", "201", "214", "220", "305", "312", "314", "410", "502", "503", "504",
			"513", "514", "602", "603", "605", "606", "607", "608", "609", "610", "615", "617", "620", "621" };

	/** Company types of a business registration number: 81, 86, 87 for corporations, others for sole traders. */
	private static final String[] COMPANY_TYPES = { "81", "81", "86", "86", "86", "87", "88", "01", "02", "05", "13",
			"25" };

	private final Institutions institutions;

	private final PartnerRepository partners;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DemoPartnerLists(Institutions institutions, PartnerRepository partners, ApplicationEventPublisher events,
			Clock clock) {
		this.institutions = institutions;
		this.partners = partners;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<NewPartner> suppliers = suppliers(1_000);
		int funderIndex = 0;
		for (Institution funder : institutions.funders()) {
			funderIndex++;
			if (partners.count(funder.code()) > 0) {
				// lists made before they held contact addresses get them, so that listed companies can prove their number
				partners.addMissingContacts(funder.code(), contacts(listOf(funder.code(), suppliers)));
				continue;
			}
			List<NewPartner> list = listOf(funder.code(), suppliers);
			partners.addMissing(funder.code(), list, DEMO_BY);
			events.publishEvent(new PartnerListChanged(funder.code(), Change.IMPORTED, null, list.size(), 0, 0, DEMO_BY,
					clock.instant()));
			log.info("Gave {} a demo partner list of {} companies", funder.code(), list.size());
		}
	}

	private static Map<String, String> contacts(List<NewPartner> list) {
		Map<String, String> contacts = new LinkedHashMap<>();
		list.stream()
			.filter(partner -> partner.contactEmail() != null)
			.forEach(partner -> contacts.put(partner.number().digits(), partner.contactEmail()));
		return contacts;
	}

	/**
	 * A funder's list: a fixed share of the made-up suppliers, chosen and tiered the same way on every run. Hyundai
	 * Motor and Kia draw from the same half of the suppliers, so they share many.
	 */
	static List<NewPartner> listOf(String funderCode, List<NewPartner> suppliers) {
		Random random = new Random(funderCode.hashCode());
		boolean carMaker = funderCode.equals(HYUNDAI) || funderCode.equals("KIA");
		int size = 220 + random.nextInt(160);
		Map<String, NewPartner> chosen = new LinkedHashMap<>();
		if (funderCode.equals(HYUNDAI)) {
			chosen.put(DEMO_SME.number().digits(), DEMO_SME);
		}
		while (chosen.size() < size) {
			int from = carMaker ? random.nextInt(suppliers.size() / 2) : random.nextInt(suppliers.size());
			NewPartner supplier = suppliers.get(from);
			chosen.putIfAbsent(supplier.number().digits(), new NewPartner(supplier.number(), supplier.companyName(),
					tier(random), supplier.contactEmail()));
		}
		return new ArrayList<>(chosen.values());
	}

	/**
	 * Made-up suppliers with valid, distinct business registration numbers and plausible names, none of them the
	 * demo SME. Four in five have a contact address on the lists ({@code contact.<number>@demo-partners.example});
	 * the others prove their number with their business registration certificate.
	 */
	static List<NewPartner> suppliers(int count) {
		Random random = new Random(20260121L);
		Set<String> numbers = new LinkedHashSet<>();
		Set<String> tradingNames = new LinkedHashSet<>();
		numbers.add(DEMO_SME.number().digits());
		tradingNames.add("한빛오토텍");
		List<NewPartner> suppliers = new ArrayList<>(count);
		while (suppliers.size() < count) {
			String type = COMPANY_TYPES[random.nextInt(COMPANY_TYPES.length)];
			BusinessRegistrationNumber number = number(TAX_OFFICES[random.nextInt(TAX_OFFICES.length)], type,
					random.nextInt(10_000));
			String tradingName = NAME_STEMS[random.nextInt(NAME_STEMS.length)] + TRADES[random.nextInt(TRADES.length)];
			if (!numbers.contains(number.digits()) && tradingNames.add(tradingName)) {
				numbers.add(number.digits());
				String contact = suppliers.size() % 5 == 4 ? null : "contact." + number.digits() + "@" + CONTACT_DOMAIN;
				suppliers.add(new NewPartner(number, withLegalForm(tradingName, type, random), PartnerTier.TIER_3,
						contact));
			}
		}
		return suppliers;
	}

	private static BusinessRegistrationNumber number(String taxOffice, String type, int serial) {
		String firstNine = taxOffice + type + String.format("%04d", serial);
		for (int check = 0; check <= 9; check++) {
			if (BusinessRegistrationNumber.isValid(firstNine + check)) {
				return BusinessRegistrationNumber.parse(firstNine + check);
			}
		}
		throw new IllegalStateException("No check digit fits " + firstNine);
	}

	/** Corporations (company type 8x) write their legal form; sole traders trade under the bare name. */
	private static String withLegalForm(String tradingName, String type, Random random) {
		if (!type.startsWith("8")) {
			return tradingName;
		}
		return switch (random.nextInt(4)) {
			case 0, 1 -> "(주)" + tradingName;
			case 2 -> tradingName + "(주)";
			default -> "주식회사 " + tradingName;
		};
	}

	/** Tier 1 for about one partner in seven, tier 2 for about two in five, tier 3 for the rest. */
	private static PartnerTier tier(Random random) {
		int draw = random.nextInt(100);
		return draw < 15 ? PartnerTier.TIER_1 : draw < 55 ? PartnerTier.TIER_2 : PartnerTier.TIER_3;
	}

}
