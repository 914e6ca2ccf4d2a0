/**
 * The audit log: an append-only, hash-chained record of every change and every read of sealed data, kept in the
 * transaction of the change; verification names the first broken entry; administrators browse and export it.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = { "shared", "shared::spi" })
package ps.rasd.audit;

import org.springframework.modulith.ApplicationModule;
