package kr.sangsaeng.review;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How soon agencies aim to act on an application.
 *
 * @param targetWorkingDays working days after submission by which an agency acts, unless it has its own target
 * @param agencyTargetWorkingDays targets of single agencies, by agency code ({@code K-SURE=7})
 * @param holidays public holidays on which agencies do not work, besides Saturdays and Sundays
 */
@ConfigurationProperties("sangsaeng.review")
record ServiceLevelProperties(@DefaultValue("5") int targetWorkingDays, Map<String, Integer> agencyTargetWorkingDays,
		Set<LocalDate> holidays) {

	ServiceLevelProperties {
		agencyTargetWorkingDays = agencyTargetWorkingDays == null ? Map.of() : Map.copyOf(agencyTargetWorkingDays);
		holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
		if (targetWorkingDays < 0 || agencyTargetWorkingDays.values().stream().anyMatch(days -> days == null || days < 0)) {
			throw new IllegalArgumentException("Target working days of agencies are whole numbers from 0");
		}
	}

}
