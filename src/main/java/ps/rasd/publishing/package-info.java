/**
 * What is public and how. For now: redaction — finding personal data in a text before it is published (names known
 * to the record, Palestinian ID numbers, phone numbers, e-mail addresses, exact coordinates) and proposing a redacted
 * copy the coordinator reviews and edits.
 */
@ApplicationModule(displayName = "Publishing", allowedDependencies = { "shared" })
package ps.rasd.publishing;

import org.springframework.modulith.ApplicationModule;
