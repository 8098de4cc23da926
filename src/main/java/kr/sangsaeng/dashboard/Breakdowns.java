package kr.sangsaeng.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.sangsaeng.program.Institutions;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.Won;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Breakdowns of the applications to some programmes by agency, bank, funder, region, industry, company size or
 * partner tier. Regions, size classes and tiers are all listed, with zeros where nobody applied, so that gaps show;
 * agencies, banks and funders are those of the programmes; industries those that applied.
 */
@Service
@Transactional(readOnly = true)
public class Breakdowns {

	private final BreakdownQueries queries;

	private final Institutions institutions;

	private final MessageSource messages;

	Breakdowns(BreakdownQueries queries, Institutions institutions, MessageSource messages) {
		this.queries = queries;
		this.institutions = institutions;
		this.messages = messages;
	}

	public BreakdownTable of(Breakdown by, List<ProgrammeSummary> programmes, Period period) {
		List<String> codes = programmes.stream().map(programme -> programme.code().value()).toList();
		BreakdownQueries.GroupCounts counts = queries.countBy(by, codes, period);
		Map<String, BreakdownQueries.Counts> byKey = new HashMap<>();
		BreakdownQueries.Counts unknown = null;
		for (BreakdownQueries.Group group : counts.groups()) {
			if (group.key() == null) {
				unknown = group.counts();
			}
			else {
				byKey.put(group.key(), group.counts());
			}
		}
		Map<String, LocalizedName> names = new LinkedHashMap<>(expectedGroups(by, programmes));
		for (String key : byKey.keySet()) {
			names.computeIfAbsent(key, missing -> nameOf(by, missing));
		}
		List<BreakdownTable.Row> rows = new ArrayList<>();
		names.forEach((key, name) -> rows.add(row(key, name, byKey.getOrDefault(key, BreakdownQueries.Counts.NONE))));
		if (by == Breakdown.INDUSTRY) {
			rows.sort(Comparator.comparing(BreakdownTable.Row::key));
		}
		if (unknown != null || by == Breakdown.FUNDER || by == Breakdown.TIER) {
			rows.add(row(null, label(by == Breakdown.FUNDER || by == Breakdown.TIER ? "dashboard.group.notPartner"
					: "dashboard.group.unknown"), unknown == null ? BreakdownQueries.Counts.NONE : unknown));
		}
		return new BreakdownTable(by, period, List.copyOf(rows),
				row("", label("dashboard.total"), counts.total()));
	}

	/**
	 * The groups listed even when nobody applied in them.
	 */
	private Map<String, LocalizedName> expectedGroups(Breakdown by, List<ProgrammeSummary> programmes) {
		Map<String, LocalizedName> groups = new LinkedHashMap<>();
		switch (by) {
			case AGENCY -> programmes.forEach(programme -> programme.agencies()
				.forEach(agency -> groups.putIfAbsent(agency.code(), agency.name())));
			case BANK -> programmes.forEach(programme -> programme.banks()
				.forEach(bank -> groups.putIfAbsent(bank.code(), bank.name())));
			case FUNDER -> programmes.forEach(programme -> programme.funders()
				.forEach(funder -> groups.putIfAbsent(funder.code(), funder.name())));
			case REGION -> Arrays.stream(Region.values())
				.forEach(region -> groups.put(region.name(), label(region.messageKey())));
			case SIZE -> Arrays.stream(CompanySize.values())
				.forEach(size -> groups.put(size.name(), label(size.messageKey())));
			case TIER -> List.of("1", "2", "3").forEach(tier -> groups.put(tier, label("partner.tier." + tier)));
			case INDUSTRY -> {
				// only the sections someone applied from
			}
		}
		return groups;
	}

	private LocalizedName nameOf(Breakdown by, String key) {
		return switch (by) {
			case AGENCY -> find(institutions.agencies(), key);
			case BANK -> find(institutions.banks(), key);
			case FUNDER -> find(institutions.funders(), key);
			case INDUSTRY -> label("industry." + key);
			default -> new LocalizedName(key, key);
		};
	}

	private static LocalizedName find(List<Institutions.Institution> candidates, String code) {
		return candidates.stream()
			.filter(candidate -> candidate.code().equals(code))
			.map(Institutions.Institution::name)
			.findFirst()
			.orElse(new LocalizedName(code, code));
	}

	private LocalizedName label(String key) {
		return new LocalizedName(messages.getMessage(key, null, key, Locale.KOREAN),
				messages.getMessage(key, null, key, Locale.ENGLISH));
	}

	private static BreakdownTable.Row row(String key, LocalizedName name, BreakdownQueries.Counts counts) {
		return new BreakdownTable.Row(key, name, counts.applications(), counts.approved(), counts.rejected(),
				Won.of(counts.approvedWon()), Won.of(counts.disbursedWon()), counts.companies());
	}

}
