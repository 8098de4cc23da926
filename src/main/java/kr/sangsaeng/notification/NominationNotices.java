package kr.sangsaeng.notification;

import kr.sangsaeng.company.SupplierNominationChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a tier-1 partner what the funder decided about a supplier it nominated, in its notifications; once per
 * decision, written with it, however often the event is published.
 */
@Component
class NominationNotices {

	private final Notifications notifications;

	NominationNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	@EventListener
	void on(SupplierNominationChanged changed) {
		String kind = switch (changed.change()) {
			case CONFIRMED -> Notification.SUPPLIER_CONFIRMED;
			case REFUSED -> Notification.SUPPLIER_REFUSED;
			case NOMINATED, WITHDRAWN -> null;
		};
		if (kind != null) {
			notifications.storeAboutCompany(changed.nomination().nominatorOrganisation(), kind, changed.changedAt());
		}
	}

}
