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
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.data.domain.PageRequest;
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
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdPrincipal;

/**
 * Polls: design (questionnaire, weighting variables, strata and quotas), fieldwork (open web link, one-time links,
 * enumerator entry, imports) and the responses an analysis counts. Analysts and administrators run polls; monitors,
 * coordinators, analysts and administrators may interview as enumerators. Respondents are never identified.
 */
@Service
public class PollManagement {

	/** The largest number of one-time links made at once. */
	public static final int MAX_INVITATIONS = 5000;

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

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

	// ---------------------------------------------------------------- fieldwork

	/** The poll answered through an open link, if the link is live. */
	@Transactional(readOnly = true)
	public Optional<PollSummary> byOpenLink(String link) {
		return polls.findByOpenLink(link).map(Poll::summary).filter(p -> p.accepts(FieldworkMode.WEB_OPEN));
	}

	/** The poll a one-time link opens, if the link exists, is unused and its poll takes invited responses. */
	@Transactional(readOnly = true)
	public Optional<PollSummary> byInvitation(String token) {
		return invitations.findByTokenHash(sha256(token))
			.filter(i -> !i.used())
			.map(i -> load(i.getPollId()).summary())
			.filter(p -> p.accepts(FieldworkMode.WEB_INVITE));
	}

	/** Records a response through an open link. A retry with the same key finds the response already kept. */
	@Transactional
	public ResponseCheck respondOpen(String link, String idempotencyKey, Map<String, String> answers,
			Instant startedAt) {
		Optional<PollResponse> earlier = repeated(idempotencyKey);
		if (earlier.isPresent()) {
			return kept(earlier.get(), true);
		}
		Poll poll = polls.findByOpenLink(link)
			.filter(p -> p.summary().accepts(FieldworkMode.WEB_OPEN))
			.orElseThrow(() -> new NotFoundException("polls.link.unknown"));
		return record(poll, FieldworkMode.WEB_OPEN, null, null, null, idempotencyKey, answers, startedAt);
	}

	/** Records a response through a one-time link, which is then used up. */
	@Transactional
	public ResponseCheck respondInvited(String token, String idempotencyKey, Map<String, String> answers,
			Instant startedAt) {
		Optional<PollResponse> earlier = repeated(idempotencyKey);
		if (earlier.isPresent()) {
			return kept(earlier.get(), true);
		}
		Invitation invitation = invitations.findByTokenHash(sha256(token))
			.filter(i -> !i.used())
			.orElseThrow(() -> new NotFoundException("polls.link.unknown"));
		Poll poll = load(invitation.getPollId());
		if (!poll.summary().accepts(FieldworkMode.WEB_INVITE)) {
			throw new NotFoundException("polls.link.unknown");
		}
		ResponseCheck check = record(poll, FieldworkMode.WEB_INVITE, null, invitation.getId(), null, idempotencyKey,
				answers, startedAt);
		if (check.kept()) {
			invitation.use(clock.instant());
			invitations.save(invitation);
		}
		return check;
	}

	/** Records an interview entered by an enumerator, who is recorded with it. */
	@Transactional
	public ResponseCheck interview(long pollId, String idempotencyKey, Map<String, String> answers, Instant startedAt,
			RasdPrincipal actor) {
		if (!interviews(actor)) {
			throw new ForbiddenException("polls.forbidden");
		}
		Optional<PollResponse> earlier = repeated(idempotencyKey);
		if (earlier.isPresent()) {
			return kept(earlier.get(), true);
		}
		Poll poll = load(pollId);
		if (!poll.summary().accepts(FieldworkMode.ENUMERATOR)) {
			throw new ConflictException("polls.interview.closed");
		}
		if (!runsPolls(actor) && !poll.summary().mayInterview(actor.accountId())) {
			throw new ForbiddenException("polls.interview.not-assigned");
		}
		ResponseCheck check = record(poll, FieldworkMode.ENUMERATOR, actor.accountId(), null, null, idempotencyKey,
				answers, startedAt);
		if (check.kept()) {
			audit.record("poll.interviewed", "poll", pollId, null, "response=" + check.response().id());
		}
		return check;
	}

	/**
	 * Imports responses collected elsewhere, all or nothing: every row is checked against the questionnaire and,
	 * when one is wrong, nothing is kept and the problems come back by row (fields {@code row<n>.<question>},
	 * rows numbered from 1).
	 *
	 * @param rows the answers of each row, already mapped from the file's columns to question names
	 * @param durations seconds each row took, may be {@code null} or hold {@code null}s
	 * @return the number of responses kept
	 */
	@Transactional
	public int importResponses(long pollId, List<Map<String, String>> rows, List<Integer> durations,
			String fileName, RasdPrincipal actor) {
		requireRunner(actor);
		Poll poll = load(pollId);
		if (!poll.modes().contains(FieldworkMode.IMPORT) || poll.getStatus() == PollStatus.DRAFT) {
			throw new ConflictException("polls.import.mode-off");
		}
		if (rows.isEmpty()) {
			throw new InvalidInputException("polls.import.empty", Map.of("file", "polls.import.empty"));
		}
		FormDefinition definition = forms.version(poll.getFormVersionId()).definition();
		List<InvalidInputException.Field> problems = new ArrayList<>();
		List<FormCheck> checks = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			FormCheck check = definition.check(rows.get(i), true);
			checks.add(check);
			int row = i + 1;
			check.errors().forEach((question, error) -> problems.add(new InvalidInputException.Field(
					"row" + row + "." + question, error.code(), error.arguments(), error.message())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("polls.import.invalid", problems);
		}
		String batch = Poll.newToken(4);
		Instant now = clock.instant();
		List<PollResponse> kept = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			Map<String, String> answers = checks.get(i).answers();
			Integer seconds = durations == null || durations.size() <= i ? null : durations.get(i);
			Instant started = seconds == null ? null : now.minusSeconds(seconds);
			Map<String, String> variables = classify(poll.variables(), answers);
			kept.add(new PollResponse(pollId, "import-" + batch + "-" + (i + 1), FieldworkMode.IMPORT, null, null,
					batch, answers, variables, stratum(poll.strataVariables(), variables), started, now));
		}
		responses.saveAll(kept);
		audit.record("poll.imported", "poll", pollId, null,
				rows.size() + " responses from " + (fileName == null ? "a file" : fileName) + ", batch " + batch);
		return kept.size();
	}

	// ---------------------------------------------------------------- responses

	/** A page of a poll's responses, the latest first (analysts and administrators). */
	@Transactional(readOnly = true)
	public PageResult<ResponseSummary> responses(long pollId, int page, int size, RasdPrincipal actor) {
		requireRunner(actor);
		load(pollId);
		return PageResult.of(responses.findByPollIdOrderByIdDesc(pollId, PageRequest.of(Math.max(0, page), size)),
				PollResponse::summary);
	}

	/** One response of a poll (analysts and administrators). */
	@Transactional(readOnly = true)
	public ResponseSummary response(long pollId, long responseId, RasdPrincipal actor) {
		requireRunner(actor);
		return responses.findById(responseId).filter(r -> r.getPollId() == pollId).map(PollResponse::summary)
			.orElseThrow(() -> new NotFoundException("polls.response.not-found"));
	}

	/** Every response of a poll, in order of arrival, for the analysis (analysts and administrators). */
	@Transactional(readOnly = true)
	public List<ResponseSummary> allResponses(long pollId, RasdPrincipal actor) {
		requireRunner(actor);
		load(pollId);
		return responses.findByPollIdOrderById(pollId).stream().map(PollResponse::summary).toList();
	}

	/** How many responses came in, and how many the analysis counts. */
	@Transactional(readOnly = true)
	public long[] responseCounts(long pollId) {
		return new long[] { responses.countByPollId(pollId), responses.countByPollIdAndIncludedTrue(pollId) };
	}

	/** Includes or excludes a response from the analysis; excluding needs a reason. */
	@Transactional
	public ResponseSummary decide(long responseId, boolean include, String reason, RasdPrincipal actor) {
		requireRunner(actor);
		PollResponse response = responses.findById(responseId)
			.orElseThrow(() -> new NotFoundException("polls.response.not-found"));
		response.decide(include, reason, actor.accountId(), clock.instant());
		audit.record(include ? "poll.response-included" : "poll.response-excluded", "poll-response", responseId, null,
				include ? null : reason);
		return responses.save(response).summary();
	}

	/** The quotas and strata with the included responses reached so far. */
	@Transactional(readOnly = true)
	public List<QuotaProgress> progress(long pollId) {
		Poll poll = load(pollId);
		PollSummary summary = poll.summary();
		Map<String, Long> byCategory = new TreeMap<>();
		for (String variables : responses.includedVariables(pollId)) {
			JSON.readTree(variables).properties()
				.forEach(e -> byCategory.merge(e.getKey() + "=" + e.getValue().asString(), 1L, Long::sum));
		}
		Map<String, Long> byStratum = new LinkedHashMap<>();
		for (Object[] row : responses.includedByStratum(pollId)) {
			if (row[0] != null) {
				byStratum.put((String) row[0], ((Number) row[1]).longValue());
			}
		}
		List<QuotaProgress> progress = new ArrayList<>();
		for (StratumPlan s : summary.strata()) {
			progress.add(new QuotaProgress("stratum", s.code(), s.plannedSize(), byStratum.getOrDefault(s.code(), 0L)));
		}
		for (Quota q : summary.quotas()) {
			progress.add(new QuotaProgress(q.variable(), q.category(), q.target(),
					byCategory.getOrDefault(q.variable() + "=" + q.category(), 0L)));
		}
		return progress;
	}

	// ---------------------------------------------------------------- internals

	private ResponseCheck record(Poll poll, FieldworkMode mode, Long enumeratorId, Long invitationId, String batch,
			String idempotencyKey, Map<String, String> answers, Instant startedAt) {
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 80) {
			throw new InvalidInputException("polls.respond.key", Map.of("idempotencyKey", "polls.respond.key"));
		}
		FormDefinition definition = forms.version(poll.getFormVersionId()).definition();
		FormCheck check = definition.check(answers, true);
		if (!check.valid()) {
			return new ResponseCheck(null, false, check.errors(), check.relevant());
		}
		Instant now = clock.instant();
		Instant started = startedAt == null || startedAt.isAfter(now) || startedAt.isBefore(now.minusSeconds(86_400))
				? null : startedAt;
		Map<String, String> variables = classify(poll.variables(), check.answers());
		PollResponse response = responses.saveAndFlush(new PollResponse(poll.getId(), idempotencyKey.strip(), mode,
				enumeratorId, invitationId, batch, check.answers(), variables,
				stratum(poll.strataVariables(), variables), started, now));
		return kept(response, false);
	}

	private Optional<PollResponse> repeated(String idempotencyKey) {
		return idempotencyKey == null ? Optional.empty() : responses.findByIdempotencyKey(idempotencyKey.strip());
	}

	private ResponseCheck kept(PollResponse response, boolean repeated) {
		return new ResponseCheck(response.summary(), repeated, Map.of(), Set.of());
	}

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

	private static void requireRunner(RasdPrincipal actor) {
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
