package ps.rasd.geography.domain;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ps.rasd.geography.PlaceSummary;
import ps.rasd.shared.ArabicText;
import ps.rasd.shared.LocalizedText;

/** A town, village or camp in a governorate, with its other spellings and a folded search key. */
@Entity
@Table(name = "geography_place")
public class Place {

	private static final String ALIAS_SEPARATOR = "|";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String governorateCode;

	@Embedded
	private LocalizedText name;

	private String aliases;

	private Double latitude;

	private Double longitude;

	private String searchKey;

	protected Place() {
	}

	public Place(String governorateCode, LocalizedText name, List<String> aliases, Double latitude,
			Double longitude) {
		this.governorateCode = governorateCode;
		this.name = name;
		this.aliases = aliases.isEmpty() ? null : String.join(ALIAS_SEPARATOR, aliases);
		this.latitude = latitude;
		this.longitude = longitude;
		this.searchKey = buildSearchKey(name, aliases);
	}

	/** The folded Arabic name, English name and every alias, space separated with a bar between names. */
	static String buildSearchKey(LocalizedText name, List<String> aliases) {
		StringBuilder key = new StringBuilder("|").append(ArabicText.searchKey(name.ar())).append('|');
		if (name.en() != null) {
			key.append(ArabicText.searchKey(name.en())).append('|');
		}
		aliases.forEach(a -> key.append(ArabicText.searchKey(a)).append('|'));
		return key.toString();
	}

	public PlaceSummary toSummary() {
		List<String> aliasList = aliases == null ? List.of() : Arrays.asList(aliases.split("\\|"));
		return new PlaceSummary(id, governorateCode, name, aliasList, latitude, longitude);
	}
}
