/**
 * Governorates (16, with PCBS and OCHA codes) and places (towns, villages, camps), their public pages and JSON.
 * Reference data is loaded from the files shipped under {@code data/reference} into an empty database.
 */
@ApplicationModule(displayName = "Geography")
package ps.rasd.geography;

import org.springframework.modulith.ApplicationModule;
