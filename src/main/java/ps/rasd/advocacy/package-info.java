/**
 * Advocacy: the laws and policies the coalition tracks (instruments with their stages over time, the coalition's
 * position, asks and the partner organisations signed on), campaigns with their targets, milestones, outcomes and an
 * evidence base of citations to the verified records of the other modules (each keeping the figure as it stood when
 * cited), position papers printed as Arabic PDF with numbered footnotes, meetings with decision makers and the
 * commitments made there with their scorecard. Who reads what: {@link ps.rasd.shared.access.ReadRules#ADVOCACY}.
 * Its plug-ins are listed in one place, {@code internal.AdvocacyContributions}.
 */
@ApplicationModule(displayName = "Advocacy", allowedDependencies = { "shared", "shared::spi", "shared::sql", "evidence",
		"network", "registry", "cases", "polls", "freedoms", "media", "monitoring", "notifications", "search", "identity" })
package ps.rasd.advocacy;

import org.springframework.modulith.ApplicationModule;
