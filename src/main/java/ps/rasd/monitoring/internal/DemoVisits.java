package ps.rasd.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.FormCheck;
import ps.rasd.forms.FormVersionSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.monitoring.ReviewDecision;
import ps.rasd.monitoring.domain.Assignment;
import ps.rasd.monitoring.domain.Round;
import ps.rasd.monitoring.domain.Visit;
import ps.rasd.monitoring.domain.VisitRepository;
import ps.rasd.registry.FacilityQuery;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.spi.DemoSeed;

/**
 * About a thousand demo visits over the last twelve months to the fictional health centres and schools, by fictional
 * monitors (one per governorate; the demo {@code monitor} in Hebron), with plausible patterns: some facilities
 * improve, some decline, most stay as they are. The same every time (fixed seed). The extra monitors get random
 * passwords that are never shown: they exist to have made the visits.
 */
class DemoVisits implements DemoSeed {

	private static final Logger log = LoggerFactory.getLogger(DemoVisits.class);

	private static final int VISITS_PER_FACILITY = 8;

	private final VisitRepository visits;

	private final ps.rasd.monitoring.domain.RoundRepository rounds;

	private final ps.rasd.monitoring.domain.AssignmentRepository assignments;

	private final RegistryManagement registry;

	private final FormsManagement forms;

	private final IdentityManagement identity;

	private final GeographyManagement geography;

	private final Clock clock;

	DemoVisits(VisitRepository visits, ps.rasd.monitoring.domain.RoundRepository rounds,
			ps.rasd.monitoring.domain.AssignmentRepository assignments, RegistryManagement registry,
			FormsManagement forms, IdentityManagement identity, GeographyManagement geography, Clock clock) {
		this.visits = visits;
		this.rounds = rounds;
		this.assignments = assignments;
		this.registry = registry;
		this.forms = forms;
		this.identity = identity;
		this.geography = geography;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	@Transactional
	public void seed() {
		if (visits.countAll() > 0) {
			return;
		}
		var health = forms.form("health-centre").flatMap(f -> f.current());
		var school = forms.form("school").flatMap(f -> f.current());
		AccountSummary reviewer = identity.account("admin").orElse(null);
		if (health.isEmpty() || school.isEmpty() || reviewer == null) {
			return;
		}
		Map<String, Long> monitors = monitors();
		Random random = new Random(1948);
		List<Visit> created = new ArrayList<>();
		for (FacilitySummary f : facilities("HEALTH")) {
			created.addAll(visitsOf(f, health.get(), monitors.get(f.governorateCode()), reviewer.id(), random, true));
		}
		for (FacilitySummary f : facilities("EDUCATION")) {
			created.addAll(visitsOf(f, school.get(), monitors.get(f.governorateCode()), reviewer.id(), random, false));
		}
		visits.saveAll(created);
		planRound(health.get().formId(), monitors.get("50"), reviewer.id());
		log.info("Demo monitoring: {} visits by {} monitors, one round with assignments", created.size(),
				monitors.size());
	}

	/** A current round in Hebron and Bethlehem; the demo monitor has three health centres to visit, one overdue. */
	private void planRound(long formId, long monitor, long coordinator) {
		LocalDate today = LocalDate.now(clock);
		Round round = rounds.save(new Round(new ps.rasd.shared.LocalizedText(
				"المراكز الصحية — الخليل وبيت لحم — الربع الأخير " + today.getYear(),
				"Health centres — Hebron and Bethlehem — last quarter " + today.getYear()), formId, Set.of("50", "45"),
				today.minusDays(20), today.plusDays(40), coordinator, clock.instant()));
		var hebron = registry.facilities(new FacilityQuery("50", "HEALTH", "PRIMARY_HEALTH_CENTRE", null, null), 0, 3)
			.items();
		for (int i = 0; i < hebron.size(); i++) {
			assignments.save(new Assignment(round.getId(), monitor, hebron.get(i).id(), "50",
					i == 0 ? today.minusDays(3) : today.plusDays(7L * (i + 1)), clock.instant()));
		}
	}

	private Map<String, Long> monitors() {
		Map<String, Long> ids = new HashMap<>();
		for (GovernorateSummary g : geography.governorates()) {
			String username = "monitor-" + g.code();
			AccountSummary account = identity.account("50".equals(g.code()) ? "monitor" : username).orElseGet(() ->
					identity.createWithPassword(username, new AccountDetails("راصد/ة " + g.name().ar() + " (تجريبي)",
							null, EnumSet.of(Role.MONITOR), Set.of(g.code())),
							ps.rasd.identity.IdentityManagement.randomPassword()));
			ids.put(g.code(), account.id());
		}
		return ids;
	}

	private List<FacilitySummary> facilities(String sector) {
		List<FacilitySummary> all = new ArrayList<>();
		for (int page = 0;; page++) {
			var result = registry.facilities(new FacilityQuery(null, sector, null, null, null), page, 200);
			all.addAll(result.items());
			if (!result.hasNext()) {
				return all;
			}
		}
	}

	private List<Visit> visitsOf(FacilitySummary facility, FormVersionSummary form, long monitor, long reviewer,
			Random random, boolean health) {
		double base = 0.3 + random.nextDouble() * 0.55;
		int pattern = random.nextInt(5);
		double trend = pattern == 0 ? 0.35 : pattern == 1 ? -0.3 : 0;
		Instant now = clock.instant();
		List<Visit> result = new ArrayList<>();
		for (int i = 0; i < VISITS_PER_FACILITY; i++) {
			double age = 1 - (i + random.nextDouble() * 0.5) / VISITS_PER_FACILITY;
			Instant at = now.minus(Duration.ofDays((long) (age * 360) + 1)).minus(Duration.ofMinutes(random.nextInt(600)));
			double quality = clamp(base + trend * (1 - age) + (random.nextGaussian() * 0.08));
			LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
			Map<String, String> answers = health ? Answers.health(quality, day, random) : Answers.school(quality, day,
					random);
			FormCheck check = form.definition().check(answers, true);
			Visit visit = new Visit(Visit.newReference(day.getYear()), facility.id(), facility.governorateCode(),
					facility.sectorCode(), form.id(), monitor, null, at);
			visit.submit(check.answers(), form.definition().score(check.answers()), monitor, at.plusSeconds(1800));
			boolean recent = age < 0.13;
			int roll = random.nextInt(100);
			if (!recent || roll < 40) {
				Instant reviewed = at.plus(Duration.ofHours(20 + random.nextInt(60)));
				if (roll % 20 == 3) {
					visit.review(ReviewDecision.REJECT, "الزيارة مكررة لنفس اليوم.", reviewer, reviewed);
				}
				else {
					visit.review(ReviewDecision.APPROVE, null, reviewer, reviewed);
				}
			}
			visit.backdate(at, at.plusSeconds(1800));
			result.add(visit);
		}
		return result;
	}

	private static double clamp(double value) {
		return Math.max(0.05, Math.min(0.97, value));
	}

	/** Plausible answers for a quality between 0 (very poor) and 1 (very good). */
	private static final class Answers {

		private Answers() {
		}

		static Map<String, String> health(double q, LocalDate day, Random r) {
			Map<String, String> a = new LinkedHashMap<>();
			a.put("visit_date", day.toString());
			a.put("arrival_time", String.format("%02d:%02d", 8 + r.nextInt(3), r.nextInt(60)));
			boolean open = r.nextDouble() < q + 0.15;
			a.put("open_on_arrival", open ? "yes" : "no");
			if (!open) {
				a.put("closed_reason", "كان الباب مغلقاً عند الموعد المعلن ولم يكن هناك إعلان.");
			}
			a.put("patients_waiting", String.valueOf(r.nextInt(35)));
			a.put("wait_minutes", String.valueOf(Math.max(5, (int) (100 - 90 * q + r.nextGaussian() * 10))));
			a.put("queue_system", yes(r, q));
			String medicines = q > 0.8 ? "all" : q > 0.6 ? "most" : q > 0.35 ? "some" : "none";
			a.put("essential_medicines", medicines);
			if (!"all".equals(medicines)) {
				a.put("missing_medicines", r.nextBoolean() ? "insulin hypertension" : "antibiotics");
			}
			a.put("cleanliness_rating", rating(r, q));
			a.put("toilets_working", yes(r, q));
			a.put("staff_attitude", rating(r, q + 0.1));
			a.put("doctor_present", yes(r, q + 0.15));
			a.put("ramp", yes(r, q - 0.1));
			a.put("accessible_toilet", r.nextInt(6) == 0 ? "na" : yes(r, q - 0.2));
			return a;
		}

		static Map<String, String> school(double q, LocalDate day, Random r) {
			Map<String, String> a = new LinkedHashMap<>();
			a.put("visit_date", day.toString());
			a.put("school_stage", r.nextBoolean() ? "basic" : "both");
			a.put("students_per_class", String.valueOf(Math.max(15, (int) (52 - 25 * q + r.nextGaussian() * 4))));
			a.put("double_shift", r.nextDouble() < 0.7 - q * 0.5 ? "yes" : "no");
			a.put("drinking_water", yes(r, q));
			a.put("toilets_rating", rating(r, q));
			a.put("toilets_for_girls", yes(r, q + 0.2));
			a.put("heating", q > 0.75 ? "all" : q > 0.45 ? "some" : "none");
			a.put("building_safe", rating(r, q));
			a.put("fire_extinguisher", yes(r, q));
			boolean safe = r.nextDouble() < q + 0.1;
			a.put("safe_route", safe ? "yes" : "no");
			if (!safe) {
				a.put("route_risks", r.nextBoolean() ? "traffic" : "checkpoint distance");
			}
			a.put("textbooks_complete", yes(r, q + 0.1));
			a.put("lab", q > 0.7 ? "working" : q > 0.4 ? "poor" : "none");
			return a;
		}

		private static String yes(Random r, double q) {
			return r.nextDouble() < q ? "yes" : "no";
		}

		private static String rating(Random r, double q) {
			return String.valueOf(Math.max(1, Math.min(5, (int) Math.round(1 + 4 * q + r.nextGaussian() * 0.6))));
		}
	}
}
