package ps.rasd.search;

import java.time.Duration;

import org.awaitility.Awaitility;

import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.NewCase;
import ps.rasd.cases.ReporterDetails;
import ps.rasd.registry.AuthorityDetails;
import ps.rasd.registry.AuthorityKind;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.FacilityDetails;
import ps.rasd.registry.FacilityStatus;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.support.Principals;

/** Records to search for, made through the real facades (each call commits, so the index follows). */
public final class SearchFixtures {

	public static final String HEBRON = "50";

	public static final String BETHLEHEM = "45";

	private SearchFixtures() {
	}

	/**
	 * Waits until every {@link SearchableChanged} published so far has been handled: the index follows changes after
	 * commit, on another thread.
	 */
	/** Waits until the background indexer has made every committed change searchable. */
	public static void awaitIndexed(SearchManagement search) {
		Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
			.until(() -> search.indexBacklog().empty());
	}

	public static AuthoritySummary authority(RegistryManagement registry, String ar, String en, String governorate,
			String sector) {
		return registry.createAuthority(new AuthorityDetails(null, AuthorityKind.DIRECTORATE, new LocalizedText(ar, en),
				governorate, sector, null, null, null, 14), Principals.admin());
	}

	public static FacilitySummary facility(RegistryManagement registry, long authorityId, String ar, String en,
			String type, String governorate) {
		return registry.createFacility(new FacilityDetails(new LocalizedText(ar, en), type, authorityId, governorate,
				null, null, null, null, FacilityStatus.OPEN), Principals.admin());
	}

	/** A case filed by the public (with a named reporter), verified, and given this tier. */
	public static CaseSummary kase(CaseIntake intake, CasePublication publication, String title, String description, String governorate,
			String sector, Tier tier, String reporterName) {
		CaseSummary filed = intake.file(new NewCase(title, description, governorate, null, null, sector, null, null),
				new ReporterDetails(reporterName, "0599123456", null, false, false, "ar"), CaseSource.PUBLIC, null, null)
			.summary();
		RasdPrincipal admin = Principals.admin();
		return tier == Tier.INTERNAL ? filed
				: publication.publication(filed.reference(), filed.version(), tier, null, title, title, admin);
	}
}
