/**
 * The coalition and its people: one record per person (Arabic names that match however they are spelled, contact
 * details kept to the staff who may read them, consent with the text's version), organisations and relationships,
 * duplicates and reversible merges, import and export, groups and segments, memberships with the public
 * application, youth branches per governorate, the board and the meetings of the general assembly and the board.
 * Facades by area: {@link ps.rasd.network.NetworkManagement} (people and organisations),
 * {@link ps.rasd.network.Memberships}, {@link ps.rasd.network.Governance}, {@link ps.rasd.network.Segments}.
 */
@ApplicationModule(displayName = "Network", allowedDependencies = { "shared", "shared::spi", "shared::sql",
		"geography", "identity", "monitoring", "cases", "notifications" })
package ps.rasd.network;

import org.springframework.modulith.ApplicationModule;
