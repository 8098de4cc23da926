package kr.sangsaeng.applications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the counts of submitted applications every half minute, on one instance at a time however many serve the
 * app. Folding on two at once would still keep the sums right, but only one of them would find anything to fold.
 */
@Component
class ScheduledCountFolding {

	private final ApplicationCounts counts;

	ScheduledCountFolding(ApplicationCounts counts) {
		this.counts = counts;
	}

	@Scheduled(fixedDelayString = "${sangsaeng.application-counts.fold-every:30s}",
			initialDelayString = "${sangsaeng.application-counts.fold-every:30s}")
	@SchedulerLock(name = "application-counts-fold", lockAtMostFor = "PT5M")
	public void fold() {
		counts.fold();
	}

}
