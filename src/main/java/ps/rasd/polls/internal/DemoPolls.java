package ps.rasd.polls.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ps.rasd.polls.TargetTable;
import ps.rasd.polls.WeightingSettings;
import ps.rasd.polls.analysis.WeightingPlan;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.polls.CategoryRule;
import ps.rasd.polls.FieldworkMode;
import ps.rasd.polls.PollDraft;
import ps.rasd.polls.PollFieldwork;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollSummary;
import ps.rasd.polls.Quota;
import ps.rasd.polls.ResponseCheck;
import ps.rasd.polls.StratumPlan;
import ps.rasd.polls.WeightingVariable;
import ps.rasd.polls.internal.DemoRespondents.Respondent;
import ps.rasd.shared.spi.DemoSeed;

/**
 * The demo opinion poll on public services and freedoms ({@code services-2026}): the questionnaire published, five
 * weighting variables, strata by governorate with planned sizes in proportion to the 2017 census, sex and age quotas,
 * and 1,200 responses in fieldwork by open link, by enumerators (demo monitors, when the monitoring demo made them)
 * and by import. Runs after the demo accounts and visits; skipped when the poll exists.
 */
class DemoPolls implements DemoSeed {

	static final String CODE = "services-2026";

	static final String FORM = "public-services-poll";

	static final int RESPONSES = 1200;

	private static final int CHUNK = 100;

	private static final Logger log = LoggerFactory.getLogger(DemoPolls.class);

	private static final List<String> ENUMERATORS = List.of("monitor", "monitor-15", "monitor-30", "monitor-60");

	private final PollManagement polls;

	private final PollFieldwork fieldwork;

	private final FormsManagement forms;

	private final GeographyManagement geography;

	private final IdentityManagement identity;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final ps.rasd.polls.PollTargets targets;

	private final ps.rasd.polls.PollAnalysis analysis;

	private final ps.rasd.polls.PollPublication publication;

	DemoPolls(PollManagement polls, PollFieldwork fieldwork, FormsManagement forms, GeographyManagement geography,
			IdentityManagement identity, Clock clock, PlatformTransactionManager transactionManager,
			ps.rasd.polls.PollTargets targets, ps.rasd.polls.PollAnalysis analysis,
			ps.rasd.polls.PollPublication publication) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.targets = targets;
		this.analysis = analysis;
		this.publication = publication;
		this.polls = polls;
		this.fieldwork = fieldwork;
		this.forms = forms;
		this.geography = geography;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void seed() {
		if (polls.poll(CODE).isPresent()) {
			return;
		}
		DemoActor system = DemoActor.system();
		List<GovernorateSummary> governorates = geography.governorates();
		PollSummary poll = polls.create(draft(form(system).id()), system);
		polls.defineVariables(poll.id(), variables(), system);
		polls.design(poll.id(), List.of("governorate"), strata(governorates), quotas(), system);
		poll = polls.open(poll.id(), system);
		List<DemoActor> enumerators = enumerators();
		long start = System.nanoTime();
		int kept = record(poll, new DemoRespondents(2026, governorates, enumerators.size()), enumerators, system);
		log.info("Demo poll {}: {} responses, {} enumerators, in {} ms", CODE, kept, enumerators.size(),
				(System.nanoTime() - start) / 1_000_000);
		weighAndPublish(poll, system);
	}

	/**
	 * Rakes the demo poll to the census figures (governorate totals and the national sex shares of 2017, the seed
	 * tables) and publishes a few results, so the weighting, results and public pages have something to show.
	 */
	private void weighAndPublish(PollSummary poll, DemoActor system) {
		targets.seed();
		List<Long> tables = targets.tables().stream()
			.filter(t -> t.seeded() && List.of("governorate", "sex").contains(t.table().variable()))
			.map(TargetTable::id)
			.toList();
		try {
			analysis.weigh(poll.id(), new WeightingSettings(WeightingPlan.Method.RAKING, true, tables,
					WeightingPlan.DEFAULT_TOLERANCE, WeightingPlan.DEFAULT_MAX_ITERATIONS, null, null), system);
			publication.publish(poll.id(), "free_expression", null, system);
			publication.publish(poll.id(), "water_rating", null, system);
			publication.publish(poll.id(), "free_expression", "var:sex", system);
		}
		catch (ps.rasd.shared.DomainException ex) {
			log.warn("Demo poll {} left unweighted: {}", CODE, ex.code());
		}
	}

	private FormSummary form(DemoActor system) {
		return forms.form(FORM).filter(f -> f.current().isPresent()).orElseGet(() -> {
			FormSummary form = forms.form(FORM).orElseGet(() -> forms.importJson(FORM, null, json(), system));
			forms.publish(form.id(), system);
			return forms.form(form.id());
		});
	}

	private int record(PollSummary poll, DemoRespondents sample, List<DemoActor> enumerators, DemoActor system) {
		List<Respondent> all = new ArrayList<>();
		for (int i = 0; i < RESPONSES - 3; i++) {
			all.add(sample.next());
		}
		// three people who answered twice: the duplicates the quality checks should find
		for (int i : new int[] { 17, 480, 911 }) {
			Respondent first = all.get(i);
			all.add(new Respondent(first.answers(), first.seconds() + 45, first.channel()));
		}
		Instant now = clock.instant();
		List<Map<String, String>> imported = new ArrayList<>();
		List<Integer> durations = new ArrayList<>();
		int kept = 0;
		// a hundred responses a transaction: one per response is slow, one for all makes every flush check them all
		for (int from = 0; from < all.size(); from += CHUNK) {
			int first = from;
			kept += transactions.execute(status -> {
				int done = 0;
				for (int i = first; i < Math.min(first + CHUNK, all.size()); i++) {
					Respondent r = all.get(i);
					if (r.channel() == -2) {
						imported.add(r.answers());
						durations.add(r.seconds());
						continue;
					}
					String key = "demo-" + CODE + "-" + i;
					Instant started = now.minusSeconds(r.seconds());
					ResponseCheck check = r.channel() == -1
							? fieldwork.respondOpen(poll.openLink(), key, r.answers(), started)
							: fieldwork.interview(poll.id(), key, r.answers(), started, enumerators.get(r.channel()));
					if (!check.kept()) {
						throw new IllegalStateException("A demo response is refused: " + check.errors());
					}
					done++;
				}
				return done;
			});
		}
		return kept + fieldwork.importResponses(poll.id(), imported, durations, "demo-paper-questionnaires.xlsx", system);
	}

	private List<DemoActor> enumerators() {
		List<DemoActor> found = new ArrayList<>();
		for (String username : ENUMERATORS) {
			identity.account(username).filter(AccountSummary::enabled).filter(a -> a.roles().contains(Role.MONITOR))
				.ifPresent(a -> found.add(DemoActor.enumerator(a.id(), a.username())));
		}
		return found;
	}

	private static PollDraft draft(long formId) {
		return new PollDraft(CODE, "استطلاع الرأي حول الخدمات العامة والحريات ٢٠٢٦",
				"Opinion poll on public services and freedoms 2026",
				"قياس رضا المواطنين عن الخدمات العامة (الصحة والتعليم والمياه والكهرباء والبلديات) وتجربتهم مع حرية "
						+ "التعبير والشكاوى، لمقارنة المناطق ومتابعة التغير من سنة إلى أخرى.",
				"To measure how satisfied citizens are with public services (health, education, water, electricity, "
						+ "municipalities) and their experience of free expression and complaints, to compare "
						+ "regions and follow change from year to year.",
				"البالغون ١٨ عاماً فأكثر في الضفة الغربية وقطاع غزة", "Adults aged 18 and over in the West Bank and Gaza",
				formId, LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 15), Set.of(FieldworkMode.values()));
	}

	private static List<WeightingVariable> variables() {
		return List.of(new WeightingVariable("governorate", "governorate", List.of()),
				new WeightingVariable("sex", "sex", List.of()),
				new WeightingVariable("age_group", "age", List.of(new CategoryRule("18-29", "18-29"),
						new CategoryRule("30-44", "30-44"), new CategoryRule("45-59", "45-59"),
						new CategoryRule("60-", "60+"))),
				new WeightingVariable("locality_type", "locality", List.of()),
				new WeightingVariable("education", "education", List.of()));
	}

	/** Planned sizes in proportion to the 2017 census, at least 30 per governorate. */
	private static List<StratumPlan> strata(List<GovernorateSummary> governorates) {
		long total = governorates.stream().mapToLong(GovernorateSummary::population2017).sum();
		List<StratumPlan> strata = new ArrayList<>();
		for (GovernorateSummary g : governorates) {
			int planned = (int) Math.max(30, Math.round((double) RESPONSES * g.population2017() / total));
			strata.add(new StratumPlan(g.code(), planned, (long) g.population2017()));
		}
		return strata;
	}

	private static List<Quota> quotas() {
		Map<String, Integer> age = new LinkedHashMap<>();
		age.put("18-29", 430);
		age.put("30-44", 380);
		age.put("45-59", 250);
		age.put("60+", 140);
		List<Quota> quotas = new ArrayList<>(List.of(new Quota("sex", "male", 600), new Quota("sex", "female", 600)));
		age.forEach((category, target) -> quotas.add(new Quota("age_group", category, target)));
		return quotas;
	}

	private static String json() {
		try {
			return new ClassPathResource("data/demo/forms/" + FORM + ".json").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
