/**
 * Cases: one problem with one service in one place, followed from intake through verification, referral to the
 * authority responsible, its reply, deadlines and escalation, to a fix confirmed by a monitor (DESIGN §3).
 */
@ApplicationModule(displayName = "Cases",
		allowedDependencies = { "shared", "shared::spi", "shared::sql", "registry", "geography", "identity", "evidence", "monitoring",
				"notifications" })
package ps.rasd.cases;

import org.springframework.modulith.ApplicationModule;
