package ps.rasd.network;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.CaseQueue;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * Memberships of the forum and of the youth branch of each governorate: the public application waits for a
 * coordinator of the governorate (or an administrator) who approves or refuses it; an active membership lapses,
 * ends or is resigned; dues are recorded with their receipt. Every change is audited.
 */
@Service
@Transactional
public class Memberships {

	private static final String SELECT = "select m.*, p.name_ar from network_membership m join network_person p on "
			+ "p.id = m.person_id ";

	private final JdbcClient jdbc;

	private final NetworkManagement network;

	private final MonitoringManagement monitoring;

	private final CaseQueue cases;

	private final AuditTrail audit;

	private final Clock clock;

	private final NetworkProperties settings;

	Memberships(JdbcClient jdbc, NetworkManagement network, MonitoringManagement monitoring, CaseQueue cases,
			AuditTrail audit, Clock clock, NetworkProperties settings) {
		this.jdbc = jdbc;
		this.network = network;
		this.monitoring = monitoring;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
	}

	/** The version of the consent text the public form shows. */
	public String consentVersion() {
		return settings.consentVersion();
	}

	/**
	 * A membership application from the public form: a new person record (consent recorded with the text's
	 * version) and a membership waiting for approval. Likely duplicates are shown to the coordinator who decides.
	 * @throws InvalidInputException {@code network.person.invalid}, or {@code network.apply.consent} without consent
	 */
	public MembershipSummary apply(MembershipApplication application) {
		if (!application.consented()) {
			throw new InvalidInputException("network.person.invalid", Map.of("consent", "network.apply.consent"));
		}
		PersonId person = network.createUnchecked(application.person(), settings.consentVersion(),
				application.publish() ? "contact,publish" : "contact", application.publish(), false);
		long id = insert(person, application.body(), application.person().governorateCode(),
				application.body() == MembershipBody.YOUTH_BRANCH ? MembershipKind.YOUTH_MEMBER : MembershipKind.MEMBER,
				MembershipStatus.APPLIED, null, NetworkManagement.blank(application.motivation()));
		audit.record("network.membership.applied", "membership", id, application.person().governorateCode(), null);
		return membership(id);
	}

	/** Enrols a person (staff): active from the given day. */
	public MembershipSummary enrol(PersonId person, MembershipBody body, String governorate, MembershipKind kind,
			LocalDate startsOn, RasdPrincipal actor) {
		network.writable(person, actor);
		NetworkManagement.requireWrite(governorate, actor);
		long id = insert(person, body, governorate, kind, MembershipStatus.ACTIVE,
				startsOn == null ? LocalDate.now(clock) : startsOn, null);
		audit.record("network.membership.enrolled", "membership", id, governorate, body + " " + kind);
		return membership(id);
	}

	long insert(PersonId person, MembershipBody body, String governorate, MembershipKind kind, MembershipStatus status,
			LocalDate startsOn, String motivation) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into network_membership (person_id, body, governorate_code, kind, status, starts_on, motivation, "
				+ "created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(person.value(), body.name(), governorate, kind.name(), status.name(), startsOn, motivation,
					Timestamp.from(clock.instant()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Approves an application: active from today, in the branch of the given governorate (the applicant's by
	 * default). Coordinators of that governorate and administrators.
	 * @throws ConflictException {@code network.membership.stale}; {@code network.membership.not-applied}
	 */
	public MembershipSummary approve(long id, long version, String governorate, RasdPrincipal actor) {
		MembershipSummary m = membership(id);
		String branch = governorate == null || governorate.isBlank() ? m.governorateCode() : governorate;
		NetworkManagement.requireWrite(m.governorateCode(), actor);
		NetworkManagement.requireWrite(branch, actor);
		if (m.status() != MembershipStatus.APPLIED) {
			throw new ConflictException("network.membership.not-applied");
		}
		change(id, version, "status = ?, governorate_code = ?, starts_on = ?, decided_by = ?",
				MembershipStatus.ACTIVE.name(), branch, LocalDate.now(clock), actor.accountId());
		audit.record("network.membership.approved", "membership", id, branch, null);
		return membership(id);
	}

	/**
	 * Moves a membership to another status (refused, lapsed, resigned, ended), with today as its end.
	 * @throws DomainException {@code network.membership.transition}
	 */
	public MembershipSummary close(long id, long version, MembershipStatus status, RasdPrincipal actor) {
		MembershipSummary m = membership(id);
		NetworkManagement.requireWrite(m.governorateCode(), actor);
		boolean allowed = status == MembershipStatus.REFUSED ? m.status() == MembershipStatus.APPLIED
				: m.status() == MembershipStatus.ACTIVE && !status.current();
		if (!allowed) {
			throw new DomainException("network.membership.transition", m.status(), status);
		}
		change(id, version, "status = ?, ends_on = ?, decided_by = ?", status.name(), LocalDate.now(clock),
				actor.accountId());
		audit.record("network.membership." + status.name().toLowerCase(java.util.Locale.ROOT), "membership", id,
				m.governorateCode(), null);
		return membership(id);
	}

	/** Records dues paid: amount, day and receipt number. */
	public MembershipSummary dues(long id, long version, BigDecimal amount, LocalDate paidOn, String receipt,
			RasdPrincipal actor) {
		MembershipSummary m = membership(id);
		NetworkManagement.requireWrite(m.governorateCode(), actor);
		if (amount == null || amount.signum() < 0) {
			throw new InvalidInputException("network.membership.invalid", Map.of("amount", "network.required"));
		}
		change(id, version, "dues_amount = ?, dues_paid_on = ?, dues_receipt = ?", amount,
				paidOn == null ? LocalDate.now(clock) : paidOn, NetworkManagement.blank(receipt));
		audit.record("network.membership.dues", "membership", id, m.governorateCode(), null);
		return membership(id);
	}

	private void change(long id, long version, String set, Object... values) {
		Object[] args = new Object[values.length + 2];
		System.arraycopy(values, 0, args, 0, values.length);
		args[values.length] = id;
		args[values.length + 1] = version;
		int n = jdbc.sql("update network_membership set " + set + ", version = version + 1 where id = ? and version = ?")
			.params(args).update();
		if (n == 0) {
			throw new ConflictException("network.membership.stale");
		}
	}

	/** One membership. */
	@Transactional(readOnly = true)
	public MembershipSummary membership(long id) {
		return jdbc.sql(SELECT + "where m.id = ?").param(id).query(Memberships::row).optional()
			.orElseThrow(() -> new NotFoundException("network.membership.not-found", id));
	}

	/** A person's memberships, newest first. */
	@Transactional(readOnly = true)
	public List<MembershipSummary> of(PersonId person, RasdPrincipal actor) {
		network.person(person, actor);
		return jdbc.sql(SELECT + "where m.person_id = ? order by m.id desc").param(person.value())
			.query(Memberships::row).list();
	}

	/** Applications waiting in the governorates the actor coordinates (all for administrators). */
	@Transactional(readOnly = true)
	public List<MembershipSummary> applications(RasdPrincipal actor) {
		NetworkManagement.requireStaffWriter(actor);
		var reader = ps.rasd.shared.access.Reader.of(actor);
		boolean all = reader.is(ps.rasd.shared.access.Role.ADMIN);
		var govs = reader.governoratesAs(ps.rasd.shared.access.Role.COORDINATOR);
		if (!all && govs.isEmpty()) {
			return List.of();
		}
		String in = all ? "" : " and m.governorate_code in (" + String.join(",", govs.stream().map(g -> "?").toList())
				+ ")";
		return jdbc.sql(SELECT + "where m.status = 'APPLIED' and p.merged_into is null" + in + " order by m.id")
			.params(all ? List.of() : List.copyOf(govs)).query(Memberships::row).list();
	}

	/**
	 * A governorate's youth branch: coordinator, counts, the active members (first 200 by name), the applications,
	 * and the work of its members. Staff only (the names of members are not public).
	 */
	@Transactional(readOnly = true)
	public BranchSummary branch(String governorate, RasdPrincipal actor) {
		if (!NetworkManagement.staff(ps.rasd.shared.access.Reader.of(actor))) {
			throw new ps.rasd.shared.ForbiddenException("network.forbidden");
		}
		String where = "where m.body = 'YOUTH_BRANCH' and m.governorate_code = ? and p.merged_into is null and "
				+ "p.erased_at is null and m.status = ? ";
		List<MembershipSummary> members = jdbc.sql(SELECT + where + "order by p.name_key limit 200")
			.params(governorate, "ACTIVE").query(Memberships::row).list();
		List<MembershipSummary> applications = jdbc.sql(SELECT + where + "order by m.id")
			.params(governorate, "APPLIED").query(Memberships::row).list();
		long active = count(governorate, "ACTIVE");
		long applied = count(governorate, "APPLIED");
		var coordinator = jdbc.sql("select b.coordinator_person_id, p.name_ar from network_branch b join network_person p "
				+ "on p.id = b.coordinator_person_id where b.governorate_code = ?").param(governorate)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).optional();
		List<Long> accounts = jdbc.sql("select p.account_id from network_membership m join network_person p on p.id = "
				+ "m.person_id " + where + "and p.account_id is not null").params(governorate, "ACTIVE")
			.query(Long.class).list();
		long visits = accounts.stream().mapToLong(monitoring::visitsMadeBy).sum();
		long filed = accounts.stream().mapToLong(cases::casesFiledBy).sum();
		long meetings = jdbc.sql("select count(*) from network_attendance a join network_membership m on m.person_id = "
				+ "a.person_id and m.body = 'YOUTH_BRANCH' and m.status = 'ACTIVE' and m.governorate_code = ?")
			.param(governorate).query(Long.class).single();
		return new BranchSummary(governorate, coordinator.map(c -> new PersonId(c.getKey())).orElse(null),
				coordinator.map(Map.Entry::getValue).orElse(null), active, applied, members, applications,
				new PersonWork(visits, filed, meetings));
	}

	private long count(String governorate, String status) {
		return jdbc.sql("select count(*) from network_membership m join network_person p on p.id = m.person_id where "
				+ "m.body = 'YOUTH_BRANCH' and m.governorate_code = ? and m.status = ? and p.merged_into is null")
			.params(governorate, status).query(Long.class).single();
	}

	/** Names the coordinator of a governorate's youth branch (administrators and its coordinators). */
	public void setBranchCoordinator(String governorate, PersonId person, RasdPrincipal actor) {
		NetworkManagement.requireWrite(governorate, actor);
		network.person(person, actor);
		jdbc.sql("delete from network_branch where governorate_code = ?").param(governorate).update();
		jdbc.sql("insert into network_branch (governorate_code, coordinator_person_id) values (?, ?)")
			.params(governorate, person.value()).update();
		audit.record("network.branch.coordinator", "branch", governorate, governorate, "person=" + person.value());
	}

	/** How many distinct people hold an active membership (the general assembly). */
	@Transactional(readOnly = true)
	public long activeMembers() {
		return jdbc.sql("select count(distinct m.person_id) from network_membership m join network_person p on p.id = "
				+ "m.person_id where m.status = 'ACTIVE' and p.merged_into is null and p.erased_at is null")
			.query(Long.class).single();
	}

	static MembershipSummary row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new MembershipSummary(rs.getLong("id"), new PersonId(rs.getLong("person_id")), rs.getString("name_ar"),
				MembershipBody.valueOf(rs.getString("body")), rs.getString("governorate_code"),
				MembershipKind.valueOf(rs.getString("kind")), MembershipStatus.valueOf(rs.getString("status")),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getBigDecimal("dues_amount"), rs.getObject("dues_paid_on", LocalDate.class),
				rs.getString("dues_receipt"), rs.getLong("version"));
	}
}
