package ps.rasd.network;

import java.util.List;

/**
 * A record that may be the same person as the one being entered or imported.
 *
 * @param id the existing record
 * @param nameAr its Arabic name
 * @param nameEn its Latin name, or {@code null}
 * @param governorateCode its governorate
 * @param reasons why it is proposed: {@code name}, {@code sound}, {@code phone}, {@code email}
 * @param score higher is likelier (phone or e-mail 100, the same folded name 80, the same sound 60)
 */
public record DuplicateSuggestion(PersonId id, String nameAr, String nameEn, String governorateCode,
		List<String> reasons, int score) {
}
