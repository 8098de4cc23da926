package kr.sangsaeng.notification;

/**
 * A way to reach an organisation besides the in-app list, such as mail. Every bean of this type receives each
 * notification after it is stored.
 */
public interface NotificationChannel {

	void deliver(Notification notification);

}
