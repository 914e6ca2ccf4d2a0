package ps.rasd.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.network.domain.PersonStore;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.SqlScope;
import ps.rasd.shared.sql.SqlConditions;

/**
 * Groups and segments of people, for invitations, notices and the newsletter: a static group holds the people
 * added to it; a segment is a saved filter counted and listed when read. What a reader sees of a group is what the
 * read rule of people gives them; staff only.
 */
@Service
@Transactional
public class Segments {

	private final JdbcClient jdbc;

	private final PersonStore people;

	private final NetworkManagement network;

	private final AuditTrail audit;

	private final Clock clock;

	Segments(JdbcClient jdbc, PersonStore people, NetworkManagement network, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.network = network;
		this.audit = audit;
		this.clock = clock;
	}

	/** Saves a static group ({@code filter == null}) or a segment (administrators and coordinators). */
	public GroupSummary create(String name, SegmentFilter filter, RasdPrincipal actor) {
		NetworkManagement.requireStaffWriter(actor);
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("network.group.invalid", Map.of("name", "network.required"));
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into network_group (name, kind, filter_json, created_by, created_at) values (?, ?, ?, ?, ?)")
			.params(name.strip(), filter == null ? "STATIC" : "SEGMENT", filter == null ? null : filter.encode(),
					actor.accountId(), Timestamp.from(clock.instant()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record("network.group.created", "group", id, null, filter == null ? "static" : filter.encode());
		return group(id, actor);
	}

	/** Adds a person to a static group. */
	public void add(long groupId, PersonId person, RasdPrincipal actor) {
		GroupSummary group = group(groupId, actor);
		network.writable(person, actor);
		if (group.segment()) {
			throw new ps.rasd.shared.DomainException("network.group.segment-has-no-members");
		}
		if (jdbc.sql("select count(*) from network_group_member where group_id = ? and person_id = ?")
			.params(groupId, person.value()).query(Long.class).single() == 0) {
			jdbc.sql("insert into network_group_member (group_id, person_id) values (?, ?)")
				.params(groupId, person.value()).update();
			audit.record("network.group.added", "group", groupId, null, "person=" + person.value());
		}
	}

	/** Every group, with its size for the reader. */
	@Transactional(readOnly = true)
	public List<GroupSummary> groups(RasdPrincipal actor) {
		requireStaff(actor);
		return jdbc.sql("select id from network_group order by name").query(Long.class).list().stream()
			.map(id -> group(id, actor)).toList();
	}

	/** One group, counted for the reader. */
	@Transactional(readOnly = true)
	public GroupSummary group(long id, RasdPrincipal actor) {
		requireStaff(actor);
		var row = jdbc.sql("select name, kind, filter_json from network_group where id = ?").param(id).query()
			.listOfRows().stream().findFirst().orElseThrow(() -> new NotFoundException("network.group.not-found", id));
		boolean segment = "SEGMENT".equals(row.get("kind"));
		SegmentFilter filter = segment ? SegmentFilter.decode((String) row.get("filter_json")) : null;
		GroupSummary bare = new GroupSummary(id, (String) row.get("name"), segment, filter, 0);
		return new GroupSummary(id, bare.name(), segment, filter, people.count(where(bare, Reader.of(actor))));
	}

	/** Counts the people of a filter the reader may read, without saving it. */
	@Transactional(readOnly = true)
	public long count(SegmentFilter filter, RasdPrincipal actor) {
		requireStaff(actor);
		return people.count(where(new GroupSummary(0, "", true, filter, 0), Reader.of(actor)));
	}

	/** A page of a group's people as the reader sees them. */
	@Transactional(readOnly = true)
	public List<PersonSummary> members(long groupId, int page, int size, RasdPrincipal actor) {
		GroupSummary group = group(groupId, actor);
		Reader reader = Reader.of(actor);
		var now = clock.instant();
		return people.list(where(group, reader), size, Math.max(page, 0) * size).stream()
			.map(row -> NetworkManagement.summary(row, ReadRules.PEOPLE.sight(reader, row.facts(), now),
					NetworkManagement.staff(reader)))
			.toList();
	}

	/**
	 * Hands every person of the group the reader may read to the sink, in pages (an export: audited by the caller's
	 * export through {@link #exported}).
	 */
	@Transactional(readOnly = true)
	public void forEachMember(long groupId, RasdPrincipal actor, Consumer<PersonSummary> sink) {
		for (int page = 0;; page++) {
			List<PersonSummary> batch = members(groupId, page, 1000, actor);
			batch.forEach(sink);
			if (batch.size() < 1000) {
				return;
			}
		}
	}

	/** Records that a group was exported, and in which format. */
	public void exported(long groupId, String format, RasdPrincipal actor) {
		requireStaff(actor);
		audit.record("network.group.exported", "group", groupId, null, format);
	}

	private SqlConditions where(GroupSummary group, Reader reader) {
		SqlConditions where = new SqlConditions().and("p.erased_at is null");
		where.anyOf(List.of(SqlScope.where(ReadRules.PEOPLE.any(reader, clock.instant()),
				NetworkManagement.PERSON_FIELDS)));
		if (!group.segment()) {
			return where.and("p.id in (select person_id from network_group_member where group_id = ?)", group.id());
		}
		SegmentFilter f = group.filter();
		if (f.body() != null) {
			String status = (f.status() == null ? MembershipStatus.ACTIVE : f.status()).name();
			if (f.governorateCode() != null && !f.governorateCode().isBlank()) {
				where.and("p.id in (select person_id from network_membership where body = ? and status = ? and "
						+ "governorate_code = ?)", f.body().name(), status, f.governorateCode());
			}
			else {
				where.and("p.id in (select person_id from network_membership where body = ? and status = ?)",
						f.body().name(), status);
			}
		}
		else if (f.governorateCode() != null && !f.governorateCode().isBlank()) {
			where.and("p.governorate_code = ?", f.governorateCode());
		}
		if (f.sex() != null && !f.sex().isBlank()) {
			where.and("p.sex = ?", f.sex());
		}
		if (f.fieldOfStudy() != null && !f.fieldOfStudy().isBlank()) {
			where.and("lower(p.field_of_study) like ?", "%" + f.fieldOfStudy().strip().toLowerCase() + "%");
		}
		if (f.university() != null && !f.university().isBlank()) {
			where.and("lower(p.university) like ?", "%" + f.university().strip().toLowerCase() + "%");
		}
		return where;
	}

	private static void requireStaff(RasdPrincipal actor) {
		if (!NetworkManagement.staff(Reader.of(actor))) {
			throw new ForbiddenException("network.forbidden");
		}
	}

}
