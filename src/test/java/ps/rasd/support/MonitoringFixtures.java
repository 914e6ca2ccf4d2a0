package ps.rasd.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.registry.AuthorityDetails;
import ps.rasd.registry.AuthorityKind;
import ps.rasd.registry.FacilityDetails;
import ps.rasd.registry.FacilityStatus;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;

/** A Hebron health centre and a published health-centre scorecard, made through the real facades. */
public final class MonitoringFixtures {

	private MonitoringFixtures() {
	}

	public static FacilitySummary hebronHealthCentre(RegistryManagement registry) {
		var admin = Principals.admin();
		var authority = registry.createAuthority(new AuthorityDetails(null, AuthorityKind.DIRECTORATE,
				new LocalizedText("مديرية صحة الخليل", "Hebron Health Directorate"), "50", "HEALTH", null, null, null,
				14), admin);
		return registry.createFacility(new FacilityDetails(new LocalizedText("مركز صحي دورا", "Dura Health Centre"),
				"PRIMARY_HEALTH_CENTRE", authority.id(), "50", null, 31.5, 35.02, null, FacilityStatus.OPEN), admin);
	}

	/** Publishes the demo health-centre scorecard under a fresh code; answers "health-centre" code lookups too. */
	public static FormSummary publishedHealthForm(FormsManagement forms) {
		try {
			String json = new ClassPathResource("data/demo/forms/health-centre.json")
				.getContentAsString(StandardCharsets.UTF_8);
			FormSummary form = forms.importJson("health-" + System.nanoTime(), "HEALTH", json, Principals.admin());
			forms.publish(form.id(), Principals.admin());
			return forms.form(form.id());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Answers that pass every check of the health-centre scorecard. */
	public static Map<String, String> goodHealthAnswers() {
		Map<String, String> a = new HashMap<>();
		a.put("visit_date", "2026-11-28");
		a.put("arrival_time", "08:10");
		a.put("open_on_arrival", "yes");
		a.put("wait_minutes", "10");
		a.put("essential_medicines", "all");
		a.put("cleanliness_rating", "5");
		a.put("toilets_working", "yes");
		a.put("staff_attitude", "5");
		a.put("doctor_present", "yes");
		a.put("ramp", "yes");
		a.put("accessible_toilet", "yes");
		return a;
	}
}
