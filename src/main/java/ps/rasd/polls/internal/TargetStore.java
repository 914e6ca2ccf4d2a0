package ps.rasd.polls.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import ps.rasd.polls.TargetTable;
import ps.rasd.polls.analysis.PopulationTargetTable;
import ps.rasd.shared.LocalizedText;

/** The population target tables in {@code polls_target_table} and {@code polls_target_row}. */
@Component
public class TargetStore {

	private final JdbcClient jdbc;

	TargetStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every table, by variable then id. */
	public List<TargetTable> all() {
		return jdbc.sql("select * from polls_target_table order by variable, id").query((rs, i) -> new Object[] {
				rs.getLong("id"), rs.getLong("version"), rs.getBoolean("seeded"), rs.getTimestamp("updated_at"),
				rs.getString("variable"), rs.getString("name_ar"), rs.getString("name_en"), rs.getString("source"),
				(Integer) rs.getObject("source_year", Integer.class), rs.getString("kind") })
			.list().stream().map(this::table).toList();
	}

	/** A table by id. */
	public Optional<TargetTable> find(long id) {
		return all().stream().filter(t -> t.id() == id).findFirst();
	}

	/** Whether a seeded table of this variable exists. */
	public boolean seeded(String variable) {
		return jdbc.sql("select count(*) from polls_target_table where seeded = true and variable = :v")
			.param("v", variable).query(Long.class).single() > 0;
	}

	/** Inserts a table with its rows. */
	public long insert(PopulationTargetTable table, boolean seeded, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into polls_target_table (variable, name_ar, name_en, source, source_year, kind, seeded, "
				+ "updated_at, version) values (:variable, :ar, :en, :source, :year, :kind, :seeded, :now, 0)")
			.params(params(table, now)).param("seeded", seeded)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		rows(id, table);
		return id;
	}

	/** Replaces a table's fields and rows; {@code false} when the version did not match. */
	public boolean update(long id, long version, PopulationTargetTable table, Instant now) {
		int changed = jdbc.sql("update polls_target_table set variable = :variable, name_ar = :ar, name_en = :en, "
				+ "source = :source, source_year = :year, kind = :kind, updated_at = :now, version = version + 1 "
				+ "where id = :id and version = :version")
			.params(params(table, now)).param("id", id).param("version", version).update();
		if (changed == 0) {
			return false;
		}
		jdbc.sql("delete from polls_target_row where table_id = :id").param("id", id).update();
		rows(id, table);
		return true;
	}

	/** Deletes a table. */
	public void delete(long id) {
		jdbc.sql("delete from polls_target_table where id = :id").param("id", id).update();
	}

	private void rows(long id, PopulationTargetTable table) {
		int position = 0;
		for (PopulationTargetTable.Row row : table.rows()) {
			jdbc.sql("insert into polls_target_row (table_id, position, category, name_ar, name_en, target) "
					+ "values (:id, :position, :category, :ar, :en, :target)")
				.param("id", id).param("position", position++).param("category", row.category().strip())
				.param("ar", row.label().ar()).param("en", row.label().en())
				.param("target", java.math.BigDecimal.valueOf(row.value())).update();
		}
	}

	private static Map<String, Object> params(PopulationTargetTable table, Instant now) {
		Map<String, Object> p = new java.util.HashMap<>();
		p.put("variable", table.variable());
		p.put("ar", table.label().ar());
		p.put("en", table.label().en());
		p.put("source", table.source());
		p.put("year", table.year());
		p.put("kind", table.kind().name());
		p.put("now", Timestamp.from(now));
		return p;
	}

	private TargetTable table(Object[] r) {
		long id = (Long) r[0];
		List<PopulationTargetTable.Row> rows = new ArrayList<>(jdbc
			.sql("select category, name_ar, name_en, target from polls_target_row where table_id = :id order by position")
			.param("id", id)
			.query((rs, i) -> new PopulationTargetTable.Row(rs.getString("category"),
					new LocalizedText(rs.getString("name_ar"), rs.getString("name_en")),
					rs.getBigDecimal("target").doubleValue()))
			.list());
		PopulationTargetTable table = new PopulationTargetTable((String) r[4], new LocalizedText((String) r[5],
				(String) r[6]), (String) r[7], (Integer) r[8], rows, PopulationTargetTable.Kind.valueOf((String) r[9]));
		return new TargetTable(id, (Long) r[1], (Boolean) r[2], ((Timestamp) r[3]).toInstant(), table);
	}
}
