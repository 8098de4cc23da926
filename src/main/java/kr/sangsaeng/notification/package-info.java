/**
 * Tells people what happened to their applications: an in-app list with a badge in the header, fed by the
 * applications module's events, with room for other channels such as mail.
 */
@ApplicationModule(allowedDependencies = { "applications", "identity", "shared" })
package kr.sangsaeng.notification;

import org.springframework.modulith.ApplicationModule;
