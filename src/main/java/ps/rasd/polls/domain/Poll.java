package ps.rasd.polls.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.polls.CategoryRule;
import ps.rasd.polls.FieldworkMode;
import ps.rasd.polls.PollDraft;
import ps.rasd.polls.PollStatus;
import ps.rasd.polls.PollSummary;
import ps.rasd.polls.Quota;
import ps.rasd.polls.StratumPlan;
import ps.rasd.polls.WeightingVariable;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.LocalizedText;

/**
 * A poll. Guards its life: the questionnaire changes only while the poll is a draft; fieldwork opens on the form's
 * published version (kept from then on) with at least one way of collecting responses; a closed poll can reopen.
 */
@Entity
@Table(name = "polls_poll")
public class Poll {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String titleAr;

	private String titleEn;

	private String purposeAr;

	private String purposeEn;

	private String populationAr;

	private String populationEn;

	private long formId;

	private Long formVersionId;

	private LocalDate fieldworkStart;

	private LocalDate fieldworkEnd;

	@Enumerated(EnumType.STRING)
	private PollStatus status;

	private String modes;

	private String openLink;

	private String strataVariables;

	private long createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "polls_variable", joinColumns = @JoinColumn(name = "poll_id"))
	@OrderBy("position")
	private List<VariableRow> variables = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "polls_stratum", joinColumns = @JoinColumn(name = "poll_id"))
	@OrderBy("code")
	private Set<StratumRow> strata = new java.util.LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "polls_quota", joinColumns = @JoinColumn(name = "poll_id"))
	@OrderBy("variable, category")
	private Set<QuotaRow> quotas = new java.util.LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "polls_enumerator", joinColumns = @JoinColumn(name = "poll_id"))
	@jakarta.persistence.Column(name = "account_id")
	private Set<Long> enumerators = new java.util.HashSet<>();

	protected Poll() {
	}

	/** A new draft poll. */
	public Poll(PollDraft draft, long createdBy, Instant now) {
		this.code = draft.code().strip();
		this.status = PollStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
		apply(draft, now);
	}

	/** Changes what the poll says; the questionnaire only while it is a draft. */
	public void edit(PollDraft draft, Instant now) {
		if (status != PollStatus.DRAFT && draft.formId() != formId) {
			throw new ConflictException("polls.poll.form-fixed");
		}
		if (!code.equals(draft.code().strip())) {
			throw new DomainException("polls.poll.code-fixed");
		}
		apply(draft, now);
	}

	private void apply(PollDraft draft, Instant now) {
		if (draft.fieldworkStart() != null && draft.fieldworkEnd() != null
				&& draft.fieldworkEnd().isBefore(draft.fieldworkStart())) {
			throw new InvalidInputException("polls.poll.dates-order", java.util.Map.of("fieldworkEnd",
					"polls.poll.dates-order"));
		}
		this.titleAr = draft.titleAr().strip();
		this.titleEn = blankToNull(draft.titleEn());
		this.purposeAr = blankToNull(draft.purposeAr());
		this.purposeEn = blankToNull(draft.purposeEn());
		this.populationAr = draft.populationAr().strip();
		this.populationEn = blankToNull(draft.populationEn());
		this.formId = draft.formId();
		this.fieldworkStart = draft.fieldworkStart();
		this.fieldworkEnd = draft.fieldworkEnd();
		this.modes = draft.modes().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		if (modes().contains(FieldworkMode.WEB_OPEN) && openLink == null) {
			openLink = newToken(12);
		}
		this.updatedAt = now;
	}

	/** Opens fieldwork on this published version of the form. */
	public void open(long publishedVersionId, Instant now) {
		if (status == PollStatus.FIELDWORK) {
			return;
		}
		if (modes().isEmpty()) {
			throw new ConflictException("polls.poll.no-mode");
		}
		if (status == PollStatus.DRAFT) {
			this.formVersionId = publishedVersionId;
		}
		this.status = PollStatus.FIELDWORK;
		this.updatedAt = now;
	}

	/** Closes fieldwork: no response comes in any more. */
	public void close(Instant now) {
		if (status != PollStatus.FIELDWORK) {
			throw new ConflictException("polls.poll.not-in-fieldwork");
		}
		this.status = PollStatus.CLOSED;
		this.updatedAt = now;
	}

	/** Replaces the weighting variables. */
	public void defineVariables(List<WeightingVariable> defined, Instant now) {
		variables.clear();
		int position = 0;
		for (WeightingVariable v : defined) {
			variables.add(new VariableRow(v.variable(), v.question(),
					v.rules().stream().map(CategoryRule::toString).collect(Collectors.joining("\n")), position++));
		}
		List<String> strataVars = strataVariables();
		if (!variables().stream().map(WeightingVariable::variable).toList().containsAll(strataVars)) {
			throw new DomainException("polls.design.strata-variable-unknown");
		}
		this.updatedAt = now;
	}

	/** Replaces the sample design: strata variables, planned strata and quotas. */
	public void design(List<String> strataVars, List<StratumPlan> plannedStrata, List<Quota> plannedQuotas,
			Instant now) {
		List<String> known = variables().stream().map(WeightingVariable::variable).toList();
		if (!known.containsAll(strataVars)) {
			throw new DomainException("polls.design.strata-variable-unknown");
		}
		for (Quota q : plannedQuotas) {
			if (!known.contains(q.variable())) {
				throw new DomainException("polls.design.quota-variable-unknown", q.variable());
			}
		}
		this.strataVariables = String.join(",", strataVars);
		strata.clear();
		plannedStrata.forEach(s -> strata.add(new StratumRow(s.code(), s.plannedSize(), s.population())));
		quotas.clear();
		plannedQuotas.forEach(q -> quotas.add(new QuotaRow(q.variable(), q.category(), q.target())));
		this.updatedAt = now;
	}

	/** Assigns the enumerators who may enter interviews; none means any field staff may. */
	public void assignEnumerators(Set<Long> accountIds, Instant now) {
		enumerators.clear();
		enumerators.addAll(accountIds);
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public PollStatus getStatus() {
		return status;
	}

	public long getFormId() {
		return formId;
	}

	public Long getFormVersionId() {
		return formVersionId;
	}

	public String getOpenLink() {
		return openLink;
	}

	public long getVersion() {
		return version;
	}

	/** The ways responses are collected. */
	public Set<FieldworkMode> modes() {
		if (modes == null || modes.isBlank()) {
			return Set.of();
		}
		EnumSet<FieldworkMode> set = EnumSet.noneOf(FieldworkMode.class);
		Arrays.stream(modes.split(",")).map(FieldworkMode::valueOf).forEach(set::add);
		return set;
	}

	/** The strata variables, in order. */
	public List<String> strataVariables() {
		return strataVariables == null || strataVariables.isBlank() ? List.of()
				: List.of(strataVariables.split(","));
	}

	/** The weighting variables, in order. */
	public List<WeightingVariable> variables() {
		return variables.stream().map(VariableRow::toVariable).toList();
	}

	public PollSummary summary() {
		return new PollSummary(id, code, new LocalizedText(titleAr, titleEn),
				purposeAr == null ? null : new LocalizedText(purposeAr, purposeEn),
				new LocalizedText(populationAr, populationEn), formId, formVersionId, fieldworkStart, fieldworkEnd,
				status, modes(), modes().contains(FieldworkMode.WEB_OPEN) ? openLink : null, strataVariables(),
				variables(),
				strata.stream().map(s -> new StratumPlan(s.code(), s.plannedSize(), s.population())).toList(),
				quotas.stream().map(q -> new Quota(q.variable(), q.category(), q.target())).toList(),
				Set.copyOf(enumerators), updatedAt, version);
	}

	/** A random token of {@code bytes} bytes in hex. */
	public static String newToken(int bytes) {
		byte[] b = new byte[bytes];
		RANDOM.nextBytes(b);
		return HexFormat.of().formatHex(b);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
