package ps.rasd.forms;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.domain.Form;
import ps.rasd.forms.domain.FormRepository;
import ps.rasd.forms.domain.FormVersion;
import ps.rasd.forms.domain.FormVersionRepository;
import ps.rasd.registry.IndicatorSummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * The forms facade. Administrators create forms, edit a draft, and publish it as a new version (publishing copies the
 * registry's indicator weights into the version and retires the previous one; publishes {@link FormPublished}).
 * Everyone else reads versions, which never change once published.
 */
@Service
@Transactional(readOnly = true)
public class FormsManagement {

	/** The longest definition a version keeps (its column holds a million characters). */
	private static final int MAX_DEFINITION_LENGTH = 1_000_000;

	private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

	private final FormRepository forms;

	private final FormVersionRepository versions;

	private final RegistryManagement registry;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AuditTrail audit;

	/** A published version's definition never changes (its status does): parsed definitions are kept. */
	private final Map<Long, FormDefinition> frozen = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	FormsManagement(FormRepository forms, FormVersionRepository versions, RegistryManagement registry,
			ApplicationEventPublisher events, Clock clock, AuditTrail audit, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.forms = forms;
		this.versions = versions;
		this.registry = registry;
		this.events = events;
		this.clock = clock;
	}

	/** Every form with its versions. */
	public List<FormSummary> forms() {
		return forms.findAllByOrderByCode().stream().map(this::summary).toList();
	}

	/** The form with this id. */
	public FormSummary form(long id) {
		return summary(forms.findById(id).orElseThrow(() -> new NotFoundException("forms.form.not-found")));
	}

	/** The form with this code, if any. */
	public Optional<FormSummary> form(String code) {
		return forms.findByCode(code).map(this::summary);
	}

	/** A version by id (what a visit answered). */
	public FormVersionSummary version(long versionId) {
		List<FormVersionSummary> read = heads("v.id = ?", versionId);
		if (read.isEmpty()) {
			throw new NotFoundException("forms.version.not-found");
		}
		return read.get(0);
	}

	/**
	 * The versions that can be answered now, for facilities of a sector (or all when {@code null}): each form's
	 * newest published version, by form code. Read on every visit, so in one statement without the definitions,
	 * which come from {@link #frozen} (a published definition never changes); the status is always the database's,
	 * so a version published or retired on another node counts at once.
	 */
	public List<FormVersionSummary> answerable(String sectorCode) {
		List<FormVersionSummary> published = sectorCode == null ? heads("v.status = 'PUBLISHED'")
				: heads("v.status = 'PUBLISHED' and f.sector_code = ?", sectorCode);
		Set<Long> seen = new java.util.HashSet<>();
		return published.stream().filter(v -> seen.add(v.formId())).toList();
	}

	/**
	 * Versions with their form's code, newest first within a form, read by plain SQL without the definition column;
	 * the definition of a published or retired version from {@link #frozen}, a draft's read each time.
	 */
	private List<FormVersionSummary> heads(String where, Object... arguments) {
		List<Object[]> rows = jdbc.query("select v.id, v.form_id, f.code, v.number, v.status, v.published_at, v.version"
				+ " from forms_form_version v join forms_form f on f.id = v.form_id where " + where
				+ " order by f.code, v.number desc", (rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2),
						rs.getString(3), rs.getInt(4), VersionStatus.valueOf(rs.getString(5)),
						rs.getObject(6, java.time.OffsetDateTime.class), rs.getLong(7) }, arguments);
		List<FormVersionSummary> heads = new ArrayList<>(rows.size());
		for (Object[] row : rows) {
			long id = (Long) row[0];
			VersionStatus status = (VersionStatus) row[4];
			FormDefinition definition = status == VersionStatus.DRAFT ? definitionOf(id)
					: frozen.computeIfAbsent(id, this::definitionOf);
			java.time.OffsetDateTime published = (java.time.OffsetDateTime) row[5];
			heads.add(new FormVersionSummary(id, (Long) row[1], (String) row[2], (Integer) row[3], status,
					published == null ? null : published.toInstant(), definition, (Long) row[6]));
		}
		return heads;
	}

	private FormDefinition definitionOf(long versionId) {
		return versions.findById(versionId).orElseThrow(() -> new NotFoundException("forms.version.not-found"))
			.definition();
	}

	/** Creates a form with a first draft (administrators). */
	@Transactional
	public FormSummary create(String code, LocalizedText title, String sectorCode, FormDefinition definition,
			RasdPrincipal actor) {
		requireAdmin(actor);
		if (code == null || !CODE.matcher(code).matches()) {
			throw new DomainException("forms.form.code-invalid");
		}
		if (forms.existsByCode(code)) {
			throw new DomainException("forms.form.code-taken", code);
		}
		if (sectorCode != null && !sectorCode.isBlank()) {
			registry.sector(sectorCode);
		}
		Form form = forms.save(new Form(code, title, blank(sectorCode), clock.instant()));
		FormDefinition first = definition != null ? definition : new FormDefinition(title, List.of(), List.of());
		versions.save(new FormVersion(form.getId(), 1, first, clock.instant()));
		audit.record("form.created", "form", form.getId(), null, code);
		return summary(form);
	}

	/** Imports a JSON definition: a new form, or a new draft of an existing one (administrators). */
	@Transactional
	public FormSummary importJson(String code, String sectorCode, String json, RasdPrincipal actor) {
		if (json.length() > MAX_DEFINITION_LENGTH) {
			throw new DomainException("forms.json.too-large");
		}
		return importDefinition(code, sectorCode, FormJson.read(json), actor);
	}

	/**
	 * Imports a definition read from a file (JSON, XLSForm): a new form, or a new draft of an existing one
	 * (administrators).
	 */
	@Transactional
	public FormSummary importDefinition(String code, String sectorCode, FormDefinition definition,
			RasdPrincipal actor) {
		Optional<Form> existing = forms.findByCode(code);
		if (existing.isEmpty()) {
			return create(code, definition.title(), sectorCode, definition, actor);
		}
		FormVersionSummary draft = startDraft(existing.get().getId(), actor);
		editDraft(existing.get().getId(), draft.version(), definition, actor);
		return form(existing.get().getId());
	}

	/** The form's draft; made from the current version when there is none (administrators). */
	@Transactional
	public FormVersionSummary startDraft(long formId, RasdPrincipal actor) {
		requireAdmin(actor);
		List<FormVersion> all = versions.findByFormIdOrderByNumberDesc(formId);
		if (all.isEmpty()) {
			throw new NotFoundException("forms.form.not-found");
		}
		Optional<FormVersion> draft = all.stream().filter(v -> v.getStatus() == VersionStatus.DRAFT).findFirst();
		if (draft.isPresent()) {
			return draft.get().toSummary(code(formId));
		}
		FormVersion created = versions.save(new FormVersion(formId, all.get(0).getNumber() + 1,
				all.get(0).definition(), clock.instant()));
		audit.record("form.draft-started", "form", formId, null, "version=" + created.getNumber());
		return created.toSummary(code(formId));
	}

	/** Replaces the draft's definition; {@code rowVersion} is the draft's version as the editor saw it. */
	@Transactional
	public FormVersionSummary editDraft(long formId, long rowVersion, FormDefinition definition, RasdPrincipal actor) {
		requireAdmin(actor);
		FormVersion draft = draftOf(formId);
		if (draft.getVersion() != rowVersion) {
			throw new ConflictException("forms.version.stale");
		}
		draft.edit(definition);
		audit.record("form.draft-edited", "form", formId, null, "version=" + draft.getNumber());
		return versions.saveAndFlush(draft).toSummary(code(formId));
	}

	/**
	 * Publishes the draft: copies the registry's weights of the indicators it scores, checks it, retires the
	 * version it replaces.
	 * @throws DomainException {@code forms.version.problems} when the draft cannot be published
	 */
	@Transactional
	public FormVersionSummary publish(long formId, RasdPrincipal actor) {
		requireAdmin(actor);
		FormVersion draft = draftOf(formId);
		FormDefinition withWeights = withRegistryWeights(draft.definition());
		versions.findByFormIdOrderByNumberDesc(formId).stream()
			.filter(v -> v.getStatus() == VersionStatus.PUBLISHED)
			.forEach(v -> v.retire(clock.instant()));
		draft.publish(withWeights, actor.username(), clock.instant());
		versions.saveAndFlush(draft);
		events.publishEvent(new FormPublished(formId, draft.getId(), draft.getNumber()));
		audit.record("form.published", "form", formId, null, "version=" + draft.getNumber());
		return draft.toSummary(code(formId));
	}

	/** The problems that keep the form's draft from being published, with the registry weights applied. */
	public List<FormProblem> draftProblems(long formId) {
		return withRegistryWeights(draftOf(formId).definition()).problems();
	}

	private FormDefinition withRegistryWeights(FormDefinition definition) {
		Map<String, IndicatorSummary> known = registry.sectors().stream().flatMap(s -> s.indicators().stream())
			.collect(Collectors.toMap(IndicatorSummary::code, Function.identity()));
		Set<String> codes = new LinkedHashSet<>();
		definition.indicators().forEach(i -> codes.add(i.code()));
		definition.questions().filter(q -> q.scoring() != null).forEach(q -> codes.add(q.scoring().indicator()));
		List<IndicatorWeight> weights = new ArrayList<>();
		for (String code : codes) {
			IndicatorSummary registered = known.get(code);
			if (registered != null) {
				weights.add(new IndicatorWeight(code, registered.name(), registered.weight().doubleValue(),
						registered.higherIsBetter()));
			}
			else {
				definition.indicators().stream().filter(i -> i.code().equals(code)).findFirst().ifPresent(weights::add);
			}
		}
		return new FormDefinition(definition.title(), weights, definition.sections());
	}

	private FormVersion draftOf(long formId) {
		return versions.findByFormIdOrderByNumberDesc(formId).stream()
			.filter(v -> v.getStatus() == VersionStatus.DRAFT).findFirst()
			.orElseThrow(() -> new ConflictException("forms.version.no-draft"));
	}

	private FormSummary summary(Form form) {
		List<FormVersionSummary> all = versions.findByFormIdOrderByNumberDesc(form.getId()).stream()
			.map(v -> v.toSummary(form.getCode(), v.getStatus() == VersionStatus.DRAFT ? v.definition()
					: frozen.computeIfAbsent(v.getId(), id -> v.definition())))
			.toList();
		return new FormSummary(form.getId(), form.getCode(), form.getTitle(), form.getSectorCode(), all);
	}

	private String code(long formId) {
		return forms.findById(formId).map(Form::getCode).orElse("");
	}

	private static void requireAdmin(RasdPrincipal actor) {
		if (actor == null || !actor.isAdmin()) {
			throw new ForbiddenException("forms.forbidden");
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
