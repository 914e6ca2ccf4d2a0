package ps.rasd.cases.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.cases.AuthorityScorecard;
import ps.rasd.cases.PublicFindings;
import ps.rasd.cases.AuthorityScorecards;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdPrincipal;

/**
 * The cases of a governorate or a sector as its public page shows them: the latest published cases and how the
 * authority units answer the cases referred to them there (the counts come from the analytics module's section, with
 * the dashboard's suppression).
 */
@Component
public class AreaCases {

	static final int LATEST = 5;

	static final int AUTHORITIES = 10;

	private final PublicFindings cases;

	private final AuthorityScorecards scorecards;

	private final RegistryManagement registry;

	AreaCases(PublicFindings cases, AuthorityScorecards scorecards, RegistryManagement registry) {
		this.cases = cases;
		this.scorecards = scorecards;
		this.registry = registry;
	}

	/** The model of the section: exactly one of the codes is given. */
	Map<String, Object> model(String governorateCode, String sectorCode, RasdPrincipal viewer) {
		boolean staff = ReadRules.seesSmallCounts(Reader.of(viewer));
		List<Card> cards = new ArrayList<>();
		scorecards.scorecardsIn(governorateCode, sectorCode, AUTHORITIES).forEach((id, card) -> cards
			.add(new Card(id, registry.authority(id).name(), card, staff || !card.suppressed())));
		Map<String, Object> model = new HashMap<>();
		model.put("findings", cases.latestFindings(governorateCode, sectorCode, LATEST));
		model.put("cards", cards);
		String query = governorateCode != null ? "?governorate=" + governorateCode : "?sector=" + sectorCode;
		model.put("findingsUrl", "/findings" + query);
		model.put("feedUrl", "/findings/feed.atom" + query);
		model.put("min", AuthorityScorecard.MIN_PUBLIC);
		return model;
	}

	/**
	 * An authority unit and its scorecard there.
	 *
	 * @param show whether the figures may be shown to this viewer
	 */
	public record Card(long id, LocalizedText name, AuthorityScorecard card, boolean show) {
	}
}
