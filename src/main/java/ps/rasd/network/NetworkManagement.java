package ps.rasd.network;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.CaseQueue;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.network.domain.DuplicateFinder;
import ps.rasd.network.domain.MergeLog;
import ps.rasd.network.domain.NameKeys;
import ps.rasd.network.domain.PersonRow;
import ps.rasd.network.domain.PersonStore;
import ps.rasd.network.domain.PersonStore.NewPerson;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.access.Sight;
import ps.rasd.shared.access.SqlScope;
import ps.rasd.shared.sql.SqlConditions;

/**
 * People and organisations of the network. Who reads a person is {@link ReadRules#PEOPLE}: administrators, the
 * coordinators of the person's governorate and the person themself see the whole record with contact details;
 * other staff see it without contacts; partners and the public only what a person agreed to publish. Who writes a
 * record: those who read it in full, except the person themself (they ask staff). Every change is audited.
 */
@Service
@Transactional
public class NetworkManagement {

	/** The person table's columns as the read rule sees them. */
	public static final SqlScope.Fields PERSON_FIELDS = new SqlScope.Fields("p.governorate_code", "p.tier", null,
			false, "p.account_id", null, null);

	private final PersonStore people;

	private final DuplicateFinder duplicates;

	private final MergeLog merges;

	private final JdbcClient jdbc;

	private final GeographyManagement geography;

	private final IdentityManagement identity;

	private final MonitoringManagement monitoring;

	private final CaseQueue cases;

	private final AuditTrail audit;

	private final Clock clock;

	private final NetworkProperties settings;

	private final ApplicationEventPublisher events;

	NetworkManagement(PersonStore people, DuplicateFinder duplicates, MergeLog merges, JdbcClient jdbc,
			GeographyManagement geography, IdentityManagement identity, MonitoringManagement monitoring,
			CaseQueue cases, AuditTrail audit, Clock clock, NetworkProperties settings,
			ApplicationEventPublisher events) {
		this.events = events;
		this.people = people;
		this.duplicates = duplicates;
		this.merges = merges;
		this.jdbc = jdbc;
		this.geography = geography;
		this.identity = identity;
		this.monitoring = monitoring;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * Adds a person record of a governorate.
	 * @throws ForbiddenException unless the actor administers or coordinates the governorate
	 * @throws InvalidInputException {@code network.person.invalid} with the fields at fault
	 */
	public PersonSummary create(PersonDetails details, RasdPrincipal actor) {
		PersonDetails clean = validated(details);
		requireWrite(clean.governorateCode(), actor);
		long id = people.insert(new NewPerson(clean, null, null, null, Tier.INTERNAL, null, false), clock.instant());
		audit.record("network.person.created", "person", id, clean.governorateCode(), null);
		return person(new PersonId(id), actor);
	}

	/** Adds a person without an actor (the public membership form, the demo); details validated. */
	PersonId createUnchecked(PersonDetails details, String consentVersion, String consentScope, boolean publish,
			boolean demo) {
		PersonDetails clean = validated(details);
		Instant now = clock.instant();
		long id = people.insert(new NewPerson(clean, consentVersion, consentVersion == null ? null : now, consentScope,
				publish ? Tier.PUBLIC : Tier.INTERNAL, null, demo), now);
		audit.record("network.person.created", "person", id, clean.governorateCode(), "public-or-seed");
		return new PersonId(id);
	}

	/**
	 * The record of the person who gave these details on a public form (an activity's registration), added when
	 * there is none: a record is the same person only when its phone or e-mail is the same <em>and</em> its name is
	 * the same by {@link NameKeys} (spelling or sound), the duplicate rules staff use; a looser likeness is left to
	 * staff to merge. Nothing of the record found is returned but its id, so the one who typed learns nothing.
	 * @throws InvalidInputException {@code network.person.invalid} with the fields at fault
	 */
	public PersonId personFor(PersonDetails details, String consentVersion, String consentScope) {
		return personFor(details, consentVersion, consentScope, false);
	}

	/** As {@link #personFor(PersonDetails, String, String)}; a record added is marked fictional when {@code demo}. */
	public PersonId personFor(PersonDetails details, String consentVersion, String consentScope, boolean demo) {
		PersonDetails clean = validated(details);
		for (DuplicateSuggestion hit : duplicates.suggest(clean.nameAr(), clean.phone(), clean.email(), 0, 8)) {
			boolean contact = hit.reasons().contains("phone") || hit.reasons().contains("email");
			boolean name = hit.reasons().contains("name") || hit.reasons().contains("sound");
			if (contact && name) {
				return hit.id();
			}
		}
		return createUnchecked(clean, consentVersion, consentScope, false, demo);
	}

	/**
	 * One person as the actor sees them.
	 * @throws NotFoundException {@code network.person.not-found} when absent or not readable by the actor (a
	 *         reading that finds nothing leaves the caller's transaction usable: a page that lists people skips one)
	 */
	@Transactional(readOnly = true, noRollbackFor = ps.rasd.shared.NotFoundException.class)
	public PersonSummary person(PersonId id, RasdPrincipal actor) {
		PersonRow row = people.find(id.value()).orElseThrow(() -> new NotFoundException("network.person.not-found", id));
		Reader reader = Reader.of(actor);
		Sight sight = ReadRules.PEOPLE.sight(reader, row.facts(), clock.instant());
		if (!sight.any() || row.erasedAt() != null && sight != Sight.FULL) {
			throw new NotFoundException("network.person.not-found", id);
		}
		return summary(row, sight, staff(reader));
	}

	/** The person record linked to an account, if any (the id only: for a module that keeps facts about a person). */
	@Transactional(readOnly = true)
	public Optional<PersonId> personOfAccount(long accountId) {
		return people.byAccount(accountId).map(row -> new PersonId(row.id()));
	}

	/**
	 * The people of these ids the actor may read, as {@link #person} shows them; the others are left out, without
	 * an error (a production's team, where a member who did not agree to be published is simply not shown).
	 */
	@Transactional(readOnly = true)
	public List<PersonSummary> readablePeople(Collection<PersonId> ids, RasdPrincipal actor) {
		Reader reader = Reader.of(actor);
		List<PersonSummary> found = new ArrayList<>();
		for (PersonId id : ids) {
			people.find(id.value()).ifPresent(row -> {
				Sight sight = ReadRules.PEOPLE.sight(reader, row.facts(), clock.instant());
				if (sight.any() && (row.erasedAt() == null || sight == Sight.FULL)) {
					found.add(summary(row, sight, staff(reader)));
				}
			});
		}
		return found;
	}

	/** The person record linked to the actor's account, if any. */
	@Transactional(readOnly = true)
	public Optional<PersonSummary> myRecord(RasdPrincipal actor) {
		return actor == null ? Optional.empty()
				: people.byAccount(actor.accountId()).map(row -> summary(row, Sight.FULL));
	}

	/**
	 * Changes a person's details at the version read.
	 * @throws ps.rasd.shared.ConflictException {@code network.person.stale} when changed meanwhile
	 */
	public PersonSummary update(PersonId id, long version, PersonDetails details, RasdPrincipal actor) {
		PersonRow row = writable(id, actor);
		PersonDetails clean = validated(details);
		requireWrite(clean.governorateCode(), actor);
		people.update(id.value(), version, clean, clock.instant());
		audit.record("network.person.updated", "person", id.value(), clean.governorateCode(),
				row.details().governorateCode().equals(clean.governorateCode()) ? null : "moved");
		return person(id, actor);
	}

	/**
	 * People the actor may read, filtered by a name (any spelling: folded, or the sound of it) and a governorate,
	 * a page of {@code size} by name.
	 */
	@Transactional(readOnly = true)
	public List<PersonSummary> people(String query, String governorate, int page, int size, RasdPrincipal actor) {
		Reader reader = Reader.of(actor);
		SqlConditions where = listing(query, governorate, reader);
		Instant now = clock.instant();
		return people.list(where, Math.min(Math.max(size, 1), 200), Math.max(page, 0) * size).stream()
			.map(row -> summary(row, ReadRules.PEOPLE.sight(reader, row.facts(), now), staff(reader)))
			.toList();
	}

	/** How many people {@link #people} would list over all pages. */
	@Transactional(readOnly = true)
	public long countPeople(String query, String governorate, RasdPrincipal actor) {
		return people.count(listing(query, governorate, Reader.of(actor)));
	}

	private SqlConditions listing(String query, String governorate, Reader reader) {
		SqlConditions where = new SqlConditions().and("p.erased_at is null");
		where.anyOf(List.of(SqlScope.where(ReadRules.PEOPLE.any(reader, clock.instant()), PERSON_FIELDS)));
		if (governorate != null && !governorate.isBlank()) {
			where.and("p.governorate_code = ?", governorate);
		}
		String sound = NameKeys.sound(query);
		if (query != null && !query.isBlank()) {
			String fold = NameKeys.fold(query);
			if (sound.length() >= 2) {
				where.anyOf(List.of(new SqlConditions().and("p.sound_key >= ? and p.sound_key < ?", sound,
						NameKeys.after(sound)), new SqlConditions().and("p.name_key like ?", "%" + fold + "%")));
			}
			else {
				where.and("p.name_key like ?", "%" + fold + "%");
			}
		}
		return where;
	}

	/**
	 * Records that may be the person being entered (as they type, or before saving), likeliest first; staff who
	 * write person records only.
	 */
	@Transactional(readOnly = true)
	public List<DuplicateSuggestion> suggestions(String name, String phone, String email, PersonId editing,
			RasdPrincipal actor) {
		requireStaffWriter(actor);
		return duplicates.suggest(name, phone, email, editing == null ? 0 : editing.value(), 8);
	}

	/** Likely duplicates of an existing record. */
	@Transactional(readOnly = true)
	public List<DuplicateSuggestion> duplicatesOf(PersonId id, RasdPrincipal actor) {
		PersonRow row = writable(id, actor);
		return duplicates.suggest(row.details().nameAr(), row.details().phone(), row.details().email(), id.value(), 8);
	}

	/**
	 * Records consent given by the person (on paper, by phone or in person): the version of the text, what they
	 * agreed to, whether their name may be published, now.
	 */
	public PersonSummary consent(PersonId id, String textVersion, String scope, boolean publish, RasdPrincipal actor) {
		PersonRow row = writable(id, actor);
		people.consent(id.value(), textVersion == null || textVersion.isBlank() ? settings.consentVersion()
				: textVersion.strip(), scope, publish, clock.instant());
		audit.record("network.person.consent", "person", id.value(), row.details().governorateCode(),
				"publish=" + publish);
		return person(id, actor);
	}

	/**
	 * Links (or, with {@code null}, unlinks) an account to a person record; administrators only.
	 * @throws DomainException {@code network.person.account-unknown}, {@code network.person.account-taken}
	 */
	public PersonSummary linkAccount(PersonId id, Long accountId, RasdPrincipal actor) {
		requireAdmin(actor);
		PersonRow row = writable(id, actor);
		if (accountId != null) {
			if (identity.account(accountId).isEmpty()) {
				throw new DomainException("network.person.account-unknown", accountId);
			}
			people.byAccount(accountId).filter(other -> other.id() != id.value()).ifPresent(other -> {
				throw new DomainException("network.person.account-taken", accountId);
			});
		}
		people.set(id.value(), "account_id", accountId, clock.instant());
		audit.record("network.person.account-linked", "person", id.value(), row.details().governorateCode(),
				"account=" + accountId);
		return person(id, actor);
	}

	/** The work of a person through their linked account: visits, cases, meetings attended. */
	@Transactional(readOnly = true)
	public PersonWork work(PersonId id, RasdPrincipal actor) {
		PersonSummary person = person(id, actor);
		long meetings = jdbc.sql("select count(*) from network_attendance where person_id = ?").param(id.value())
			.query(Long.class).single();
		if (person.accountId() == null) {
			return new PersonWork(0, 0, meetings);
		}
		return new PersonWork(monitoring.visitsMadeBy(person.accountId()), cases.casesFiledBy(person.accountId()),
				meetings);
	}

	/**
	 * Merges a record into another of the same person: every link (relationships, memberships, groups, board seats,
	 * attendance, decisions) moves to the kept record; the merged record stays, hidden, with its data, so that
	 * {@link #undoMerge} can put everything back until the time set by {@code rasd.network.merge-undo}.
	 */
	public MergeSummary merge(PersonId keep, PersonId merge, RasdPrincipal actor) {
		if (keep.equals(merge)) {
			throw new DomainException("network.merge.same");
		}
		PersonRow kept = writable(keep, actor);
		PersonRow merged = writable(merge, actor);
		if (kept.mergedInto() != null || merged.mergedInto() != null) {
			throw new DomainException("network.merge.already");
		}
		long id = merges.merge(keep.value(), merge.value(), actor.accountId(), clock.instant());
		if (merged.accountId() != null && kept.accountId() == null) {
			people.set(merge.value(), "account_id", null, clock.instant());
			people.set(keep.value(), "account_id", merged.accountId(), clock.instant());
		}
		people.set(merge.value(), "merged_into", keep.value(), clock.instant());
		audit.record("network.person.merged", "person", keep.value(), kept.details().governorateCode(),
				"merged=" + merge.value() + " merge=" + id);
		events.publishEvent(new PersonMerged(keep, merge, false));
		return merges.find(id, settings.mergeUndo());
	}

	/**
	 * Undoes a merge: the links that moved go back, the merged record reappears.
	 * @throws DomainException {@code network.merge.too-late}, {@code network.merge.undone}
	 */
	public MergeSummary undoMerge(long mergeId, RasdPrincipal actor) {
		MergeSummary merge = merges.find(mergeId, settings.mergeUndo());
		writable(merge.kept(), actor);
		if (merge.undone()) {
			throw new DomainException("network.merge.undone");
		}
		if (clock.instant().isAfter(merge.undoableUntil())) {
			throw new DomainException("network.merge.too-late");
		}
		merges.undo(mergeId, clock.instant());
		people.set(merge.merged().value(), "merged_into", null, clock.instant());
		audit.record("network.person.merge-undone", "person", merge.kept().value(), null, "merge=" + mergeId);
		events.publishEvent(new PersonMerged(merge.kept(), merge.merged(), true));
		return merges.find(mergeId, settings.mergeUndo());
	}

	/** Every record merged into another (and not undone): merged → kept. For modules that count people once. */
	@Transactional(readOnly = true)
	public Map<Long, Long> mergedRecords() {
		Map<Long, Long> out = new HashMap<>();
		jdbc.sql("select id, merged_into from network_person where merged_into is not null")
			.query(rs -> {
				out.put(rs.getLong(1), rs.getLong(2));
			});
		return out;
	}

	/** The merges into a record, newest first. */
	@Transactional(readOnly = true)
	public List<MergeSummary> mergesInto(PersonId id, RasdPrincipal actor) {
		person(id, actor);
		return merges.into(id.value(), settings.mergeUndo());
	}

	/**
	 * Erases a person on their request (administrators): every personal detail removed, the record kept without
	 * a name so that counts of meetings and memberships stay true.
	 */
	public void erase(PersonId id, RasdPrincipal actor) {
		requireAdmin(actor);
		PersonRow row = people.find(id.value()).orElseThrow(() -> new NotFoundException("network.person.not-found", id));
		people.erase(id.value(), clock.instant());
		audit.record("network.person.erased", "person", id.value(), row.details().governorateCode(), null);
	}

	/**
	 * Everything Rasd keeps of a person, for the person themself (a request for their data) or the staff who read
	 * them in full; audited.
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> dataOf(PersonId id, RasdPrincipal actor) {
		PersonSummary person = person(id, actor);
		if (person.sight() != Sight.FULL) {
			throw new ForbiddenException("network.forbidden");
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", id.value());
		data.put("details", person.details());
		data.put("consentVersion", person.consentVersion());
		data.put("consentAt", person.consentAt());
		data.put("consentScope", person.consentScope());
		data.put("published", person.published());
		data.put("accountId", person.accountId());
		data.put("relationships", relationships(id));
		data.put("memberships", jdbc.sql("select body, governorate_code, kind, status, starts_on, ends_on, dues_amount, "
				+ "dues_paid_on, dues_receipt from network_membership where person_id = ? order by id")
			.param(id.value()).query().listOfRows());
		data.put("groups", jdbc.sql("select g.name from network_group g join network_group_member m on m.group_id = g.id "
				+ "where m.person_id = ?").param(id.value()).query(String.class).list());
		data.put("meetings", jdbc.sql("select m.title, m.held_at from network_meeting m join network_attendance a on "
				+ "a.meeting_id = m.id where a.person_id = ?").param(id.value()).query().listOfRows());
		audit.record("network.person.data-exported", "person", id.value(), person.details().governorateCode(), null);
		return data;
	}

	/** Adds an organisation (administrators and coordinators). */
	public OrganisationSummary createOrganisation(String nameAr, String nameEn, OrganisationKind kind,
			String governorate, Long authorityId, String email, String phone, String website, RasdPrincipal actor) {
		requireStaffWriter(actor);
		if (nameAr == null || nameAr.isBlank() || kind == null) {
			throw new InvalidInputException("network.organisation.invalid", Map.of("nameAr", "network.required"));
		}
		long id = insertOrganisation(nameAr.strip(), blank(nameEn), kind, blank(governorate), authorityId, blank(email),
				blank(phone), blank(website), false);
		audit.record("network.organisation.created", "organisation", id, governorate, kind.name());
		return organisation(new OrganisationId(id));
	}

	long insertOrganisation(String nameAr, String nameEn, OrganisationKind kind, String governorate, Long authorityId,
			String email, String phone, String website, boolean demo) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("insert into network_organisation (name_ar, name_en, kind, governorate_code, authority_id, email, phone, "
				+ "website, name_key, demo, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(nameAr, nameEn, kind.name(), governorate, authorityId, email, phone, website, NameKeys.fold(nameAr),
					demo, java.sql.Timestamp.from(clock.instant()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** One organisation. */
	@Transactional(readOnly = true)
	public OrganisationSummary organisation(OrganisationId id) {
		return jdbc.sql("select * from network_organisation where id = ?").param(id.value())
			.query(NetworkManagement::organisationRow).optional()
			.orElseThrow(() -> new NotFoundException("network.organisation.not-found", id));
	}

	/** Organisations by name, optionally of one kind. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> organisations(OrganisationKind kind) {
		return jdbc.sql("select * from network_organisation where (? is null or kind = ?) order by name_key")
			.params(kind == null ? null : kind.name(), kind == null ? null : kind.name())
			.query(NetworkManagement::organisationRow).list();
	}

	/** Ties a person to an organisation. */
	public RelationshipSummary relate(PersonId person, RelationshipKind kind, OrganisationId organisation, String title,
			LocalDate startsOn, LocalDate endsOn, RasdPrincipal actor) {
		PersonRow row = writable(person, actor);
		organisation(organisation);
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			throw new DomainException("network.relationship.dates");
		}
		jdbc.sql("insert into network_relationship (person_id, kind, organisation_id, role_title, starts_on, ends_on, "
				+ "created_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(person.value(), kind.name(), organisation.value(), blank(title), startsOn, endsOn,
					java.sql.Timestamp.from(clock.instant()))
			.update();
		audit.record("network.relationship.added", "person", person.value(), row.details().governorateCode(),
				kind.name() + " organisation=" + organisation.value());
		List<RelationshipSummary> all = relationships(person);
		return all.get(all.size() - 1);
	}

	/** A person's ties to organisations. */
	@Transactional(readOnly = true)
	public List<RelationshipSummary> relationships(PersonId person) {
		return jdbc.sql("select r.*, o.name_ar from network_relationship r join network_organisation o on "
				+ "o.id = r.organisation_id where r.person_id = ? order by r.id").param(person.value())
			.query((rs, n) -> new RelationshipSummary(rs.getLong("id"), new PersonId(rs.getLong("person_id")),
					RelationshipKind.valueOf(rs.getString("kind")), new OrganisationId(rs.getLong("organisation_id")),
					rs.getString("name_ar"), rs.getString("role_title"), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class)))
			.list();
	}

	/** The partner organisation an account belongs to, or {@code null}. */
	@Transactional(readOnly = true)
	public Long organisationOfAccount(long accountId) {
		return jdbc.sql("select organisation_id from network_partner_user where account_id = ?").param(accountId)
			.query(Long.class).optional().orElse(null);
	}

	/** Makes a partner account a user of a partner organisation (administrators). */
	public void setPartnerOrganisation(long accountId, OrganisationId organisation, RasdPrincipal actor) {
		requireAdmin(actor);
		organisation(organisation);
		jdbc.sql("delete from network_partner_user where account_id = ?").param(accountId).update();
		jdbc.sql("insert into network_partner_user (account_id, organisation_id) values (?, ?)")
			.params(accountId, organisation.value()).update();
		audit.record("network.partner-user.set", "account", accountId, null, "organisation=" + organisation.value());
	}

	// ---- rules ----

	PersonRow writable(PersonId id, RasdPrincipal actor) {
		PersonRow row = people.find(id.value()).orElseThrow(() -> new NotFoundException("network.person.not-found", id));
		Reader reader = Reader.of(actor);
		if (!(reader.is(Role.ADMIN) || reader.isIn(Role.COORDINATOR, row.details().governorateCode()))) {
			if (ReadRules.PEOPLE.sight(reader, row.facts(), clock.instant()).any()) {
				throw new ForbiddenException("network.forbidden");
			}
			throw new NotFoundException("network.person.not-found", id);
		}
		return row;
	}

	static void requireWrite(String governorate, RasdPrincipal actor) {
		Reader reader = Reader.of(actor);
		if (!(reader.is(Role.ADMIN) || reader.isIn(Role.COORDINATOR, governorate))) {
			throw new ForbiddenException("network.forbidden");
		}
	}

	static void requireStaffWriter(RasdPrincipal actor) {
		Reader reader = Reader.of(actor);
		if (!(reader.is(Role.ADMIN) || reader.is(Role.COORDINATOR))) {
			throw new ForbiddenException("network.forbidden");
		}
	}

	static void requireAdmin(RasdPrincipal actor) {
		if (!Reader.of(actor).is(Role.ADMIN)) {
			throw new ForbiddenException("network.forbidden");
		}
	}

	PersonDetails validated(PersonDetails d) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (d.nameAr() == null || d.nameAr().isBlank()) {
			errors.put("nameAr", "network.required");
		}
		else if (d.nameAr().strip().length() > 200) {
			errors.put("nameAr", "network.too-long");
		}
		if (d.governorateCode() == null || geography.governorate(d.governorateCode()).isEmpty()) {
			errors.put("governorateCode", "network.person.governorate-unknown");
		}
		if (d.sex() != null && !d.sex().isBlank() && !d.sex().matches("[FM]")) {
			errors.put("sex", "network.person.sex-invalid");
		}
		int year = LocalDate.now(clock).getYear();
		if (d.birthYear() != null && (d.birthYear() < year - 110 || d.birthYear() > year - 10)) {
			errors.put("birthYear", "network.person.birth-year-invalid");
		}
		if (d.email() != null && !d.email().isBlank() && !d.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.put("email", "network.person.email-invalid");
		}
		if (d.phone() != null && !d.phone().isBlank() && NameKeys.phone(d.phone()) == null) {
			errors.put("phone", "network.person.phone-invalid");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("network.person.invalid", errors);
		}
		return new PersonDetails(d.nameAr().strip(), blank(d.nameEn()), blank(d.sex()), d.birthYear(),
				blank(d.ageGroup()), d.governorateCode(), blank(d.place()), blank(d.university()),
				blank(d.fieldOfStudy()), blank(d.profession()), blank(d.languages()), blank(d.phone()),
				d.email() == null || d.email().isBlank() ? null : d.email().strip().toLowerCase(Locale.ROOT),
				blank(d.preferredContact()));
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	PersonSummary summary(PersonRow row, Sight sight) {
		return summary(row, sight, false);
	}

	/**
	 * The record as seen: in full; without contact details for staff who organise work; name and governorate only
	 * for partners and the public (what the person agreed to publish).
	 */
	static PersonSummary summary(PersonRow row, Sight sight, boolean staffCopy) {
		PersonDetails d = row.details();
		boolean full = sight == Sight.FULL;
		PersonDetails shown = d;
		if (!full && staffCopy) {
			shown = new PersonDetails(d.nameAr(), d.nameEn(), d.sex(), d.birthYear(), d.ageGroup(), d.governorateCode(),
					d.place(), d.university(), d.fieldOfStudy(), d.profession(), d.languages(), null, null, null);
		}
		else if (!full) {
			shown = new PersonDetails(d.nameAr(), d.nameEn(), null, null, null, d.governorateCode(), null, null, null,
					null, null, null, null, null);
		}
		return new PersonSummary(new PersonId(row.id()), shown, full ? row.consentVersion() : null,
				full ? row.consentAt() : null, full ? row.consentScope() : null, row.tier() == Tier.PUBLIC,
				full ? row.accountId() : null, row.mergedInto(), row.erasedAt() != null, row.demo(), sight,
				row.version());
	}

	/** Whether the reader is staff who read person records without contacts (analysts, coordinators, documenters). */
	static boolean staff(Reader reader) {
		return reader.is(Role.ADMIN) || reader.is(Role.ANALYST) || reader.is(Role.COORDINATOR)
				|| reader.is(Role.DOCUMENTER);
	}

	static OrganisationSummary organisationRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new OrganisationSummary(new OrganisationId(rs.getLong("id")), rs.getString("name_ar"),
				rs.getString("name_en"), OrganisationKind.valueOf(rs.getString("kind")), rs.getString("governorate_code"),
				(Long) rs.getObject("authority_id", Long.class), rs.getString("email"), rs.getString("phone"),
				rs.getString("website"), rs.getBoolean("demo"));
	}
}
