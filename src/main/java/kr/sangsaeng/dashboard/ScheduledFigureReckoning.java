package kr.sangsaeng.dashboard;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reckons the dashboard's snapshot figures once the application is ready (after the start-up's own work, such as the
 * demo data, so that a first visitor sees it counted), and then every two minutes on one instance at a time however
 * many serve the app.
 */
@Component
class ScheduledFigureReckoning {

	private final FigureReckoning reckoning;

	private final TaskScheduler scheduler;

	ScheduledFigureReckoning(FigureReckoning reckoning, TaskScheduler scheduler) {
		this.reckoning = reckoning;
		this.scheduler = scheduler;
	}

	@EventListener(ApplicationReadyEvent.class)
	void reckonOnceReady() {
		// on the scheduler's thread, so that being ready does not wait for it
		scheduler.schedule(reckoning::reckon, scheduler.getClock().instant());
	}

	@Scheduled(fixedDelayString = "${sangsaeng.dashboard.reckon-every:2m}",
			initialDelayString = "${sangsaeng.dashboard.reckon-every:2m}")
	@SchedulerLock(name = "dashboard-reckon", lockAtMostFor = "PT10M")
	public void reckon() {
		reckoning.reckon();
	}

}
