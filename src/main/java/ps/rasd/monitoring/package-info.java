/**
 * Monitoring visits: a monitor fills a form version for a facility (draft, autosave, idempotent submission), the
 * score is computed at submission, the governorate's coordinator reviews it; a failing indicator can ask for a case.
 */
@ApplicationModule(displayName = "Monitoring",
		allowedDependencies = { "shared", "shared::spi", "shared::sql", "registry", "forms", "identity", "geography", "evidence" })
package ps.rasd.monitoring;

import org.springframework.modulith.ApplicationModule;
