package ps.rasd.shared.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.Tier;

/**
 * What a module gives the search index about one of its records. Only what is written here is indexed: a module
 * leaves out what must never be found (a reporter's name, contacts).
 *
 * @param type the kind of record, e.g. {@code case}; the same as {@link SearchSource#type()}
 * @param key the record's id within its type, as text
 * @param reference the readable reference shown with the hit, e.g. {@code RSD-2026-000123}
 * @param title the title in Arabic and English
 * @param names proper names of the record in any spelling and language (a place's aliases, a facility's name):
 *        matched exactly and with one typo
 * @param publicText text anyone who may see the record may search and read in a snippet
 * @param internalText text only staff who may work on the record may search and read (e.g. a case's description);
 *        {@code null} when there is none
 * @param governorateCode PCBS code of the governorate, may be {@code null}
 * @param sectorCode the sector, may be {@code null}
 * @param status the record's state (an enum name), may be {@code null}
 * @param year the year the record belongs to (a case's filing year), may be {@code null}
 * @param tier who may read it beyond staff; reference records are {@code PUBLIC}
 * @param embargoUntil not public before this day, may be {@code null}
 * @param ownerAccountId the account that filed it (it may always find it), may be {@code null}
 * @param url the public page of the record
 * @param staffUrl the staff page, for those who may work on it; {@code null} when the public page serves all
 * @param assigneeIds the accounts the record is assigned to (a monitor's follow-up check), who find it in full
 * @param organisationId the partner organisation it is shared with by name, or {@code null}
 */
public record SearchDocument(String type, String key, String reference, LocalizedText title, List<String> names,
		String publicText, String internalText, String governorateCode, String sectorCode, String status,
		Integer year, Tier tier, LocalDate embargoUntil, Long ownerAccountId, String url, String staffUrl,
		Set<Long> assigneeIds, Long organisationId) {

	public SearchDocument {
		if (type == null || type.isBlank() || key == null || key.isBlank()) {
			throw new IllegalArgumentException("type and key are required");
		}
		names = names == null ? List.of() : names.stream().filter(n -> n != null && !n.isBlank()).toList();
		tier = tier == null ? Tier.INTERNAL : tier;
		assigneeIds = assigneeIds == null ? Set.of() : Set.copyOf(assigneeIds);
	}

	/** A record assigned to nobody and shared with no organisation by name. */
	public SearchDocument(String type, String key, String reference, LocalizedText title, List<String> names,
			String publicText, String internalText, String governorateCode, String sectorCode, String status,
			Integer year, Tier tier, LocalDate embargoUntil, Long ownerAccountId, String url, String staffUrl) {
		this(type, key, reference, title, names, publicText, internalText, governorateCode, sectorCode, status, year,
				tier, embargoUntil, ownerAccountId, url, staffUrl, Set.of(), null);
	}

	/** A public reference record (a place, a facility, an authority): no internal text, no embargo, no owner. */
	public static SearchDocument reference(String type, String key, String reference, LocalizedText title,
			List<String> names, String publicText, String governorateCode, String sectorCode, String status,
			String url) {
		return new SearchDocument(type, key, reference, title, names, publicText, null, governorateCode, sectorCode,
				status, null, Tier.PUBLIC, null, null, url, null);
	}
}
