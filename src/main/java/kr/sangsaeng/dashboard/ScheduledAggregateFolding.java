package kr.sangsaeng.dashboard;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the dashboard's counts every half minute, on one instance at a time however many serve the app. Folding
 * on two at once would still keep the sums right, but only one of them would find anything to fold.
 */
@Component
class ScheduledAggregateFolding {

	private final DashboardAggregates aggregates;

	ScheduledAggregateFolding(DashboardAggregates aggregates) {
		this.aggregates = aggregates;
	}

	@Scheduled(fixedDelayString = "${sangsaeng.dashboard.fold-every:30s}",
			initialDelayString = "${sangsaeng.dashboard.fold-every:30s}")
	@SchedulerLock(name = "dashboard-fold", lockAtMostFor = "PT5M")
	public void fold() {
		aggregates.fold();
	}

}
