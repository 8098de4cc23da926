package kr.sangsaeng.dashboard.web;

import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.sangsaeng.dashboard.MoneyFigures;
import kr.sangsaeng.dashboard.UtilisationOverview;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: the overview figures of the dashboard, per programme and in total. No company or person appears.
 */
@RestController
@RequestMapping(path = "/api/v1/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Open statistics", description = "Utilisation of the win-win financing programmes, public")
class StatisticsApiController {

	private final UtilisationOverview overviews;

	private final MoneyFigures money;

	StatisticsApiController(UtilisationOverview overviews, MoneyFigures money) {
		this.overviews = overviews;
		this.money = money;
	}

	@GetMapping
	@Operation(summary = "Capacity, committed, disbursed and remaining won, applications by status, approval rate "
			+ "and median days, per published programme and in total, with the last 26 weeks' activity",
			description = "Amounts are whole won. Approval rate is approved (or later) over approved plus rejected, in "
					+ "percent; null before any decision. Medians are in days; null while nothing was measured. "
					+ "Weeks run Monday to Sunday, Korean time. `money` follows the money per programme and agreement: "
					+ "special contributions, the guarantees and loans issued and their multiples, fees waived and "
					+ "interest saved (to date: the share of each guarantee's draw that its elapsed days used; "
					+ "projected: the whole draw over its term), outstanding guarantees (latest monthly balance, else "
					+ "the disbursed amount, times the ratio), the pots' run-out at the pace of the last 30 days, "
					+ "and the approved amounts outside the capital region (Seoul, Gyeonggi, Incheon) and of "
					+ "exporters.")
	ResponseEntity<StatisticsJson> statistics() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
			.body(StatisticsJson.of(overviews.current(), money.current()));
	}

}
