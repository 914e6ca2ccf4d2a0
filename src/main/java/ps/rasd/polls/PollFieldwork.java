package ps.rasd.polls;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.FormCheck;
import ps.rasd.forms.FormDefinition;
import ps.rasd.forms.FormsManagement;
import ps.rasd.polls.domain.Invitation;
import ps.rasd.polls.domain.InvitationRepository;
import ps.rasd.polls.domain.Poll;
import ps.rasd.polls.domain.PollRepository;
import ps.rasd.polls.domain.PollResponse;
import ps.rasd.polls.domain.PollResponseRepository;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdPrincipal;

/**
 * Fieldwork and responses: answers through an open web link, a one-time link or an enumerator, an import of responses
 * collected elsewhere (all or nothing), and the responses an analysis counts (included or excluded with a reason, the
 * quotas reached). Respondents are never identified.
 */
@Service
public class PollFieldwork {

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	private final PollRepository polls;

	private final PollResponseRepository responses;

	private final InvitationRepository invitations;

	private final FormsManagement forms;

	private final AuditTrail audit;

	private final Clock clock;

	PollFieldwork(PollRepository polls, PollResponseRepository responses, InvitationRepository invitations,
			FormsManagement forms, AuditTrail audit, Clock clock) {
		this.polls = polls;
		this.responses = responses;
		this.invitations = invitations;
		this.forms = forms;
		this.audit = audit;
		this.clock = clock;
	}

	/** The poll answered through an open link, if the link is live. */
	@Transactional(readOnly = true)
	public Optional<PollSummary> byOpenLink(String link) {
		return polls.findByOpenLink(link).map(Poll::summary).filter(p -> p.accepts(FieldworkMode.WEB_OPEN));
	}

	/** The poll a one-time link opens, if the link exists, is unused and its poll takes invited responses. */
	@Transactional(readOnly = true)
	public Optional<PollSummary> byInvitation(String token) {
		return invitations.findByTokenHash(PollManagement.sha256(token))
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
		Invitation invitation = invitations.findByTokenHash(PollManagement.sha256(token))
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
		if (!PollManagement.interviews(actor)) {
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
		if (!PollManagement.runsPolls(actor) && !poll.summary().mayInterview(actor.accountId())) {
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
		PollManagement.requireRunner(actor);
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
			Map<String, String> variables = PollManagement.classify(poll.variables(), answers);
			kept.add(new PollResponse(pollId, "import-" + batch + "-" + (i + 1), FieldworkMode.IMPORT, null, null,
					batch, answers, variables, PollManagement.stratum(poll.strataVariables(), variables), started, now));
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
		PollManagement.requireRunner(actor);
		load(pollId);
		return PageResult.of(responses.findByPollIdOrderByIdDesc(pollId, PageRequest.of(Math.max(0, page), size)),
				PollResponse::summary);
	}

	/** One response of a poll (analysts and administrators). */
	@Transactional(readOnly = true)
	public ResponseSummary response(long pollId, long responseId, RasdPrincipal actor) {
		PollManagement.requireRunner(actor);
		return responses.findById(responseId).filter(r -> r.getPollId() == pollId).map(PollResponse::summary)
			.orElseThrow(() -> new NotFoundException("polls.response.not-found"));
	}

	/** Every response of a poll, in order of arrival, for the analysis (analysts and administrators). */
	@Transactional(readOnly = true)
	public List<ResponseSummary> allResponses(long pollId, RasdPrincipal actor) {
		PollManagement.requireRunner(actor);
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
		PollManagement.requireRunner(actor);
		PollResponse response = responses.findById(responseId)
			.orElseThrow(() -> new NotFoundException("polls.response.not-found"));
		response.decide(include, reason, actor.accountId(), clock.instant());
		audit.record(include ? "poll.response-included" : "poll.response-excluded", "poll-response", responseId, null,
				include ? null : reason);
		return responses.save(response).summary();
	}

	/**
	 * Includes or excludes several responses of one poll at once, with one reason for all, each change audited as
	 * one decision; a response already in the wanted state is left alone. All or nothing: a missing reason to
	 * exclude, or a response of another poll, changes none.
	 *
	 * @return how many responses changed
	 * @throws DomainException {@code polls.quality.reason-required}
	 * @throws NotFoundException {@code polls.response.not-found}
	 */
	@Transactional
	public int decideAll(long pollId, Collection<Long> responseIds, boolean include, String reason,
			RasdPrincipal actor) {
		PollManagement.requireRunner(actor);
		if (!include && (reason == null || reason.isBlank())) {
			throw new DomainException("polls.quality.reason-required");
		}
		int changed = 0;
		for (Long id : new LinkedHashSet<>(responseIds)) {
			PollResponse response = responses.findById(id).filter(r -> r.getPollId() == pollId)
				.orElseThrow(() -> new NotFoundException("polls.response.not-found"));
			if (response.summary().included() != include) {
				response.decide(include, reason, actor.accountId(), clock.instant());
				audit.record(include ? "poll.response-included" : "poll.response-excluded", "poll-response", id,
						null, include ? null : reason);
				responses.save(response);
				changed++;
			}
		}
		return changed;
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
		Map<String, String> variables = PollManagement.classify(poll.variables(), check.answers());
		PollResponse response = responses.saveAndFlush(new PollResponse(poll.getId(), idempotencyKey.strip(), mode,
				enumeratorId, invitationId, batch, check.answers(), variables,
				PollManagement.stratum(poll.strataVariables(), variables), started, now));
		return kept(response, false);
	}

	private Optional<PollResponse> repeated(String idempotencyKey) {
		return idempotencyKey == null ? Optional.empty() : responses.findByIdempotencyKey(idempotencyKey.strip());
	}

	private ResponseCheck kept(PollResponse response, boolean repeated) {
		return new ResponseCheck(response.summary(), repeated, Map.of(), Set.of());
	}

	private Poll load(long id) {
		return polls.findById(id).orElseThrow(() -> new NotFoundException("polls.poll.not-found"));
	}
}
