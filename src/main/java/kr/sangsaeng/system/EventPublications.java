package kr.sangsaeng.system;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Work that follows a change ({@code @ApplicationModuleListener}s) runs on its own threads once the change has
 * committed; the event publication registry keeps each event until its listener has finished. An event whose
 * listener failed, or whose instance stopped before it finished, is handed over again here (by one instance at a
 * time) and, after a restart, on start-up ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 * Such listeners must therefore be idempotent.
 */
@Component
@EnableAsync
class EventPublications {

	private final IncompleteEventPublications incomplete;

	private final Duration retryAfter;

	EventPublications(IncompleteEventPublications incomplete,
			@Value("${sangsaeng.events.retry-after}") Duration retryAfter) {
		this.incomplete = incomplete;
		this.retryAfter = retryAfter;
	}

	@Scheduled(fixedDelayString = "${sangsaeng.events.retry-every}", initialDelayString = "${sangsaeng.events.retry-every}")
	@SchedulerLock(name = "event-publications", lockAtMostFor = "PT5M")
	public void retryUnfinished() {
		incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(retryAfter));
	}

}
