/**
 * Tells people what happened to their applications: an in-app list with a badge in the header and the same by
 * mail, written with the changes of applications, review (the guarantee certificate issued) and disbursement (the
 * bank acknowledged it) that their events announce; and mails the links people choose their password with. Mail waits in an outbox until the mail server has taken it.
 */
@ApplicationModule(allowedDependencies = { "applications", "company", "disbursement", "identity", "review", "shared" })
package kr.sangsaeng.notification;

import org.springframework.modulith.ApplicationModule;
