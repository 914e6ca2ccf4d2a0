package ps.rasd.cases.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;


import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.cases.AuthorityScorecard;
import ps.rasd.cases.PublicFindings;
import ps.rasd.cases.AuthorityScorecards;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.AuthorityPageSection;
import ps.rasd.shared.spi.FacilityPageSection;

/**
 * The scorecard on an authority's page: reply rate, median days to the first reply, overdue referrals, confirmed
 * fixes. With fewer than five referrals the public sees that the figures are too few, not the figures. Below it, the
 * published cases referred to the authority: how many are open and resolved, and the latest.
 */
class AuthorityScorecardSection implements AuthorityPageSection {

	private final PublicFindings cases;

	private final AuthorityScorecards scorecards;

	AuthorityScorecardSection(PublicFindings cases, AuthorityScorecards scorecards) {
		this.cases = cases;
		this.scorecards = scorecards;
	}

	@Override
	public FacilityPageSection.Rendered render(long authorityId, RasdPrincipal viewer, Locale locale) {
		AuthorityScorecard card = scorecards.scorecard(authorityId);
		boolean staff = ReadRules.seesSmallCounts(Reader.of(viewer));
		Map<String, Object> model = new HashMap<>();
		model.put("card", card);
		model.put("show", staff || !card.suppressed());
		model.put("min", AuthorityScorecard.MIN_PUBLIC);
		model.put("published", cases.publicFindingsReferredTo(authorityId, null, 0, 5));
		model.put("publishedOpen", cases.publicFindingsReferredTo(authorityId, true, 0, 1).totalItems());
		model.put("publishedClosed", cases.publicFindingsReferredTo(authorityId, false, 0, 1).totalItems());
		return new FacilityPageSection.Rendered("cases/scorecard", "section", model);
	}
}
