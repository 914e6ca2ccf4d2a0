package ps.rasd.polls;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.shared.access.Role;
import ps.rasd.forms.FormCheck;
import ps.rasd.forms.FormDefinition;
import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormVersionSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.polls.domain.Invitation;
import ps.rasd.polls.domain.InvitationRepository;
import ps.rasd.polls.domain.Poll;
import ps.rasd.polls.domain.PollRepository;
import ps.rasd.polls.domain.PollResponse;
import ps.rasd.polls.domain.PollResponseRepository;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * Polls: design (questionnaire, weighting variables, strata and quotas, enumerators), opening and closing, and the
 * one-time links of invited respondents. Analysts and administrators run polls; monitors, coordinators, analysts and
 * administrators may interview as enumerators ({@link PollFieldwork}). Respondents are never identified.
 */
@Service
public class PollManagement {

	/** The largest number of one-time links made at once. */
	public static final int MAX_INVITATIONS = 5000;

	private static final Pattern VARIABLE_CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

	private final PollRepository polls;

	private final PollResponseRepository responses;

	private final InvitationRepository invitations;

	private final FormsManagement forms;

	private final AuditTrail audit;

	private final Clock clock;

	PollManagement(PollRepository polls, PollResponseRepository responses, InvitationRepository invitations,
			FormsManagement forms, AuditTrail audit, Clock clock) {
		this.polls = polls;
		this.responses = responses;
		this.invitations = invitations;
		this.forms = forms;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether this person runs polls. */
	public static boolean runsPolls(RasdPrincipal actor) {
		return actor != null && (actor.isAdmin() || actor.reader().is(Role.ANALYST));
	}

	/** Whether this person may interview respondents as an enumerator. */
	public static boolean interviews(RasdPrincipal actor) {
		return actor != null && (runsPolls(actor) || actor.reader().is(Role.COORDINATOR) || actor.reader().is(Role.MONITOR));
	}

	// ---------------------------------------------------------------- design

	/** Every poll, the latest changed first (analysts and administrators). */
	@Transactional(readOnly = true)
	public List<PollSummary> polls(RasdPrincipal actor) {
		requireRunner(actor);
		return polls.findAllByOrderByUpdatedAtDesc().stream().map(Poll::summary).toList();
	}

	/** The polls in fieldwork that take enumerator entry (anyone who interviews). */
	@Transactional(readOnly = true)
	public List<PollSummary> interviewing(RasdPrincipal actor) {
		if (!interviews(actor)) {
			throw new ForbiddenException("polls.forbidden");
		}
		return polls.findAllByOrderByUpdatedAtDesc().stream().map(Poll::summary)
			.filter(p -> p.accepts(FieldworkMode.ENUMERATOR) && (runsPolls(actor) || p.mayInterview(actor.accountId())))
			.toList();
	}

	/** A poll by id. */
	@Transactional(readOnly = true)
	public PollSummary poll(long id) {
		return load(id).summary();
	}

	/** A poll by code, if any. */
	@Transactional(readOnly = true)
	public Optional<PollSummary> poll(String code) {
		return polls.findByCode(code).map(Poll::summary);
	}

	/** The form version respondents answer: the fixed one once fieldwork opened, the form's current one before. */
	@Transactional(readOnly = true)
	public FormVersionSummary questionnaire(long pollId) {
		Poll poll = load(pollId);
		if (poll.getFormVersionId() != null) {
			return forms.version(poll.getFormVersionId());
		}
		FormSummary form = forms.form(poll.getFormId());
		return form.current().or(form::draft).orElseThrow(() -> new NotFoundException("polls.poll.no-form"));
	}

	/** Creates a draft poll. */
	@Transactional
	public PollSummary create(PollDraft draft, RasdPrincipal actor) {
		requireRunner(actor);
		if (polls.findByCode(draft.code().strip()).isPresent()) {
			throw new InvalidInputException("polls.poll.code-taken", Map.of("code", "polls.poll.code-taken"));
		}
		requireForm(draft.formId());
		Poll poll = polls.save(new Poll(draft, actor.accountId(), clock.instant()));
		audit.record("poll.created", "poll", poll.getId(), null, "code=" + poll.getCode());
		return poll.summary();
	}

	/** Changes what a poll says; {@code version} is the row version the editor saw. */
	@Transactional
	public PollSummary update(long id, long version, PollDraft draft, RasdPrincipal actor) {
		requireRunner(actor);
		Poll poll = load(id);
		if (poll.getVersion() != version) {
			throw new ConflictException("polls.poll.changed");
		}
		requireForm(draft.formId());
		poll.edit(draft, clock.instant());
		audit.record("poll.updated", "poll", id, null, null);
		return polls.saveAndFlush(poll).summary();
	}

	/**
	 * Replaces the weighting variables. Each names a question of the questionnaire; the responses already in are
	 * classified again.
	 */
	@Transactional
	public PollSummary defineVariables(long id, List<WeightingVariable> variables, RasdPrincipal actor) {
		requireRunner(actor);
		Poll poll = load(id);
		FormDefinition definition = questionnaire(id).definition();
		Set<String> seen = new java.util.HashSet<>();
		List<InvalidInputException.Field> problems = new ArrayList<>();
		for (int i = 0; i < variables.size(); i++) {
			WeightingVariable v = variables.get(i);
			if (!VARIABLE_CODE.matcher(v.variable()).matches()) {
				problems.add(new InvalidInputException.Field("variables[" + i + "].variable",
						"polls.variables.bad-code", List.of(v.variable()), null));
			}
			else if (!seen.add(v.variable())) {
				problems.add(new InvalidInputException.Field("variables[" + i + "].variable",
						"polls.variables.repeated", List.of(v.variable()), null));
			}
			if (definition.question(v.question()).isEmpty()) {
				problems.add(new InvalidInputException.Field("variables[" + i + "].question",
						"polls.variables.unknown-question", List.of(v.question()), null));
			}
			for (CategoryRule rule : v.rules()) {
				if (rule.match().isEmpty() || rule.category().isEmpty()) {
					problems.add(new InvalidInputException.Field("variables[" + i + "].rules",
							"polls.variables.bad-rule", List.of(rule.toString()), null));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("polls.variables.invalid", problems);
		}
		poll.defineVariables(variables, clock.instant());
		polls.saveAndFlush(poll);
		reclassify(poll);
		audit.record("poll.variables-defined", "poll", id, null, String.valueOf(variables.size()));
		return poll.summary();
	}

	/** Replaces the sample design: the strata variables, planned strata and quotas. */
	@Transactional
	public PollSummary design(long id, List<String> strataVariables, List<StratumPlan> strata, List<Quota> quotas,
			RasdPrincipal actor) {
		requireRunner(actor);
		Poll poll = load(id);
		for (StratumPlan s : strata) {
			if (s.plannedSize() < 0 || (s.population() != null && s.population() < 0)) {
				throw new DomainException("polls.design.negative", s.code());
			}
			if (s.code().split("\\|", -1).length != strataVariables.size()) {
				throw new DomainException("polls.design.stratum-shape", s.code(), String.join(" | ", strataVariables));
			}
		}
		for (Quota q : quotas) {
			if (q.target() < 0) {
				throw new DomainException("polls.design.negative", q.category());
			}
		}
		poll.design(strataVariables, strata, quotas, clock.instant());
		polls.saveAndFlush(poll);
		reclassify(poll);
		audit.record("poll.designed", "poll", id, null, strata.size() + " strata, " + quotas.size() + " quotas");
		return poll.summary();
	}

	/** Assigns the enumerators of a poll (field staff accounts); none lets any field staff interview. */
	@Transactional
	public PollSummary assignEnumerators(long id, Set<Long> accountIds, RasdPrincipal actor) {
		requireRunner(actor);
		Poll poll = load(id);
		poll.assignEnumerators(accountIds, clock.instant());
		audit.record("poll.enumerators-assigned", "poll", id, null, accountIds.size() + " enumerators");
		return polls.saveAndFlush(poll).summary();
	}

	/** Opens fieldwork on the questionnaire's published version. */
	@Transactional
	public PollSummary open(long id, RasdPrincipal actor) {
		requireRunner(actor);
		Poll poll = load(id);
		FormSummary form = forms.form(poll.getFormId());
		FormVersionSummary published = form.current()
			.orElseThrow(() -> new ConflictException("polls.poll.form-unpublished"));
		poll.open(published.id(), clock.instant());
		audit.record("poll.opened", "poll", id, null, "form-version=" + published.id());
		return polls.saveAndFlush(poll).summary();
	}

	/** Closes fieldwork. */
	@Transactional
	public PollSummary close(long id, RasdPrincipal actor) {
		requireRunner(actor);
		Poll poll = load(id);
		poll.close(clock.instant());
		audit.record("poll.closed", "poll", id, null, null);
		return polls.saveAndFlush(poll).summary();
	}

	/**
	 * Makes one-time links: the tokens are returned once and only their hashes are kept.
	 *
	 * @return the tokens, in order
	 */
	@Transactional
	public List<String> invite(long id, int count, RasdPrincipal actor) {
		requireRunner(actor);
		Poll poll = load(id);
		if (!poll.modes().contains(FieldworkMode.WEB_INVITE)) {
			throw new ConflictException("polls.invite.mode-off");
		}
		if (count < 1 || count > MAX_INVITATIONS) {
			throw new InvalidInputException("polls.invite.count",
					List.of(new InvalidInputException.Field("count", "polls.invite.count",
							List.of(MAX_INVITATIONS), null)));
		}
		Instant now = clock.instant();
		String batch = Poll.newToken(4);
		List<String> tokens = new ArrayList<>(count);
		List<Invitation> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String token = Poll.newToken(16);
			tokens.add(token);
			rows.add(new Invitation(id, sha256(token), batch, now));
		}
		invitations.saveAll(rows);
		audit.record("poll.invited", "poll", id, null, count + " links, batch " + batch);
		return tokens;
	}

	/** How many one-time links were made and how many were used. */
	@Transactional(readOnly = true)
	public long[] invitationCounts(long id) {
		return new long[] { invitations.countByPollId(id), invitations.countByPollIdAndUsedAtIsNotNull(id) };
	}

	// ---------------------------------------------------------------- internals

	private void reclassify(Poll poll) {
		List<WeightingVariable> variables = poll.variables();
		List<String> strataVariables = poll.strataVariables();
		for (PollResponse response : responses.findByPollIdOrderById(poll.getId())) {
			Map<String, String> derived = classify(variables, response.answers());
			response.classify(derived, stratum(strataVariables, derived));
		}
	}

	/** The weighting variables' categories of a response; a variable whose answer maps to nothing is left out. */
	static Map<String, String> classify(List<WeightingVariable> variables, Map<String, String> answers) {
		Map<String, String> derived = new LinkedHashMap<>();
		for (WeightingVariable v : variables) {
			v.categoryOf(answers.get(v.question())).ifPresent(c -> derived.put(v.variable(), c));
		}
		return derived;
	}

	/** The stratum's code, or {@code null} when a strata variable is missing. */
	static String stratum(List<String> strataVariables, Map<String, String> variables) {
		if (strataVariables.isEmpty()) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		for (String v : strataVariables) {
			String category = variables.get(v);
			if (category == null) {
				return null;
			}
			parts.add(category);
		}
		return String.join("|", parts);
	}

	private Poll load(long id) {
		return polls.findById(id).orElseThrow(() -> new NotFoundException("polls.poll.not-found"));
	}

	private void requireForm(Long formId) {
		try {
			forms.form(formId);
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException("polls.poll.form-unknown", Map.of("formId", "polls.poll.form-unknown"));
		}
	}

	static void requireRunner(RasdPrincipal actor) {
		if (!runsPolls(actor)) {
			throw new ForbiddenException("polls.forbidden");
		}
	}

	static String sha256(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
