package ps.rasd.monitoring.internal;

import java.util.Locale;

import org.springframework.core.annotation.Order;

import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.AuthorityPageSection;
import ps.rasd.shared.spi.FacilityPageSection.Rendered;

/** Scores over time on an authority's page: the monthly mean score of public visits to its facilities, by sector. */
@Order(20)
class AuthorityScoresSection implements AuthorityPageSection {

	private final AreaScores scores;

	AuthorityScoresSection(AreaScores scores) {
		this.scores = scores;
	}

	@Override
	public Rendered render(long authorityId, RasdPrincipal viewer, Locale locale) {
		return new Rendered("monitoring/area", "section", scores.model(authorityId));
	}
}
