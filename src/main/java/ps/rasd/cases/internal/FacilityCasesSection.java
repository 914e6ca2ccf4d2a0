package ps.rasd.cases.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;


import ps.rasd.shared.access.Role;
import ps.rasd.shared.access.Reader;
import ps.rasd.cases.AuthorityScorecard;
import ps.rasd.cases.PublicFindings;
import ps.rasd.cases.AuthorityScorecards;
import ps.rasd.cases.CaseQueue;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.FacilityPageSection;

/**
 * The cases' part of a facility page: everyone may report a problem there and sees the published cases at the
 * facility (how many are open and how many resolved or closed, the latest of them) and how the authority responsible
 * for it answers referrals; staff may file a case and see the open cases at the facility they may read.
 */
class FacilityCasesSection implements FacilityPageSection {

	static final int LATEST = 5;

	private final PublicFindings cases;

	private final AuthorityScorecards scorecards;

	private final CaseQueue queue;

	private final RegistryManagement registry;

	FacilityCasesSection(PublicFindings cases, AuthorityScorecards scorecards, CaseQueue queue,
			RegistryManagement registry) {
		this.cases = cases;
		this.scorecards = scorecards;
		this.queue = queue;
		this.registry = registry;
	}

	@Override
	public Rendered render(long facilityId, RasdPrincipal viewer, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		Reader reader = Reader.of(viewer);
		boolean staff = !reader.isPublic();
		model.put("facilityId", facilityId);
		model.put("staff", staff);
		model.put("open", queue.openAt(facilityId, viewer));
		model.put("published", cases.publicFindingsAt(facilityId, null, 0, LATEST));
		model.put("publishedOpen", cases.publicFindingsAt(facilityId, true, 0, 1).totalItems());
		model.put("publishedClosed", cases.publicFindingsAt(facilityId, false, 0, 1).totalItems());
		FacilitySummary facility = registry.facility(facilityId);
		AuthorityScorecard card = scorecards.scorecard(facility.authorityId());
		boolean seesAll = reader.readsEverything() || reader.isIn(Role.COORDINATOR, facility.governorateCode());
		model.put("authority", registry.authority(facility.authorityId()));
		model.put("card", card);
		model.put("showCard", seesAll || !card.suppressed());
		model.put("min", AuthorityScorecard.MIN_PUBLIC);
		return new Rendered("cases/section", "section", model);
	}
}
