package ps.rasd.freedoms.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import ps.rasd.freedoms.FigureFilter;
import ps.rasd.shared.access.Scope;
import ps.rasd.shared.access.SqlScope;
import ps.rasd.shared.sql.SqlConditions;

/** Counts of events, acts and victims in SQL, within a read scope; no personal data leaves here. */
@Repository
public class EventCounts {

	private static final SqlScope.Fields FIELDS = new SqlScope.Fields("e.governorate_code", "e.tier",
			"e.embargo_until", true, null, null, null);

	private final JdbcTemplate jdbc;

	EventCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The raw counts, keyed by dimension then code. */
	public Map<String, Map<String, Long>> count(Scope scope, FigureFilter filter, boolean establishedOnly) {
		SqlConditions where = SqlScope.where(scope, FIELDS);
		if (establishedOnly) {
			where.and("e.status in ('VERIFIED', 'CLOSED')");
		}
		if (filter.governorateCode() != null) {
			where.and("e.governorate_code = ?", filter.governorateCode());
		}
		if (filter.eventType() != null) {
			where.and("e.event_type = ?", filter.eventType());
		}
		if (filter.from() != null) {
			where.and("e.date_from >= ?", filter.from());
		}
		if (filter.to() != null) {
			where.and("e.date_from <= ?", filter.to());
		}
		String w = " where " + where.sql();
		Object[] args = where.arguments().toArray();
		Map<String, Map<String, Long>> out = new TreeMap<>();
		out.put("type", group("select coalesce(e.event_type, ''), count(*) from freedoms_event e" + w
				+ " group by e.event_type", args));
		out.put("governorate", group("select e.governorate_code, count(*) from freedoms_event e" + w
				+ " group by e.governorate_code", args));
		out.put("month", month(w, args));
		out.put("actType", group("select a.act_type, count(*) from freedoms_act a join freedoms_event e on e.id = "
				+ "a.event_id" + w + " group by a.act_type", args));
		out.put("profession", group("select coalesce(v.profession, ''), count(*) from freedoms_victim v join "
				+ "freedoms_event e on e.id = v.event_id" + w + " group by v.profession", args));
		out.put("sex", group("select v.sex, count(*) from freedoms_victim v join freedoms_event e on e.id = "
				+ "v.event_id" + w + " group by v.sex", args));
		out.put("perpetrator", group("select p.perpetrator_type, count(*) from freedoms_act_perpetrator p join "
				+ "freedoms_act a on a.id = p.act_id join freedoms_event e on e.id = a.event_id" + w
				+ " group by p.perpetrator_type", args));
		return out;
	}

	/** Events by status within the scope (internal figures). */
	public Map<String, Long> byStatus(Scope scope, FigureFilter filter) {
		SqlConditions where = SqlScope.where(scope, FIELDS);
		if (filter.governorateCode() != null) {
			where.and("e.governorate_code = ?", filter.governorateCode());
		}
		return group("select e.status, count(*) from freedoms_event e where " + where.sql() + " group by e.status",
				where.arguments().toArray());
	}

	private Map<String, Long> month(String w, Object[] args) {
		Map<String, Long> months = new TreeMap<>();
		jdbc.query("select extract(year from e.date_from) y, extract(month from e.date_from) m, count(*) n "
				+ "from freedoms_event e" + w + " group by extract(year from e.date_from), "
				+ "extract(month from e.date_from)", rs -> {
					months.put("%04d-%02d".formatted(rs.getInt(1), rs.getInt(2)), rs.getLong(3));
				}, args);
		return months;
	}

	private Map<String, Long> group(String sql, Object[] args) {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.query(sql, rs -> {
			counts.merge(rs.getString(1) == null ? "" : rs.getString(1), rs.getLong(2), Long::sum);
		}, args);
		return counts;
	}

	/** Every event id of the scope in a page, for streaming exports. */
	public List<Long> ids(Scope scope, long afterId, int limit) {
		SqlConditions where = SqlScope.where(scope, FIELDS);
		where.and("e.id > ?", afterId);
		List<Object> args = new ArrayList<>(where.arguments());
		args.add(limit);
		return jdbc.queryForList("select e.id from freedoms_event e where " + where.sql()
				+ " and e.tier <> 'INTERNAL' order by e.id fetch first ? rows only", Long.class, args.toArray());
	}
}
