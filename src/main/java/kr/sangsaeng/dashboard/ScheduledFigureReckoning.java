package kr.sangsaeng.dashboard;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reckons the dashboard's snapshot figures soon after start-up and then every two minutes, on one instance at a
 * time however many serve the app.
 */
@Component
class ScheduledFigureReckoning {

	private final FigureReckoning reckoning;

	ScheduledFigureReckoning(FigureReckoning reckoning) {
		this.reckoning = reckoning;
	}

	@Scheduled(fixedDelayString = "${sangsaeng.dashboard.reckon-every:2m}",
			initialDelayString = "${sangsaeng.dashboard.reckon-first-after:5s}")
	@SchedulerLock(name = "dashboard-reckon", lockAtMostFor = "PT10M")
	public void reckon() {
		reckoning.reckon();
	}

}
