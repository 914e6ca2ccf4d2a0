package ps.rasd.polls.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import ps.rasd.polls.Publication;
import ps.rasd.polls.WeightingReport;
import ps.rasd.polls.WeightingSettings;
import ps.rasd.polls.analysis.WeightingPlan;

/** The weighting settings, weights and publications of polls ({@code polls_weighting}, {@code polls_weight}, {@code polls_publication}). */
@Component
public class WeightingStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	WeightingStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** The saved settings of a poll. */
	public Optional<WeightingSettings> settings(long pollId) {
		return jdbc.sql("select * from polls_weighting where poll_id = :p").param("p", pollId)
			.query((rs, i) -> new WeightingSettings(WeightingPlan.Method.valueOf(rs.getString("method")),
					rs.getBoolean("design_weights"), ids(rs.getString("target_tables")), rs.getDouble("tolerance"),
					rs.getInt("max_iterations"), (Double) rs.getObject("trim_lower", Double.class),
					(Double) rs.getObject("trim_upper", Double.class)))
			.optional();
	}

	/** The report of the last weighting. */
	public Optional<WeightingReport> report(long pollId) {
		return jdbc.sql("select summary from polls_weighting where poll_id = :p and summary is not null")
			.param("p", pollId).query(String.class).optional()
			.map(json -> JSON.readValue(json, WeightingReport.class));
	}

	/** The stored weights of a poll by response id. */
	public Map<Long, Double> weights(long pollId) {
		Map<Long, Double> weights = new LinkedHashMap<>();
		jdbc.sql("select response_id, weight from polls_weight where poll_id = :p order by response_id")
			.param("p", pollId).query(rs -> {
				weights.put(rs.getLong(1), rs.getDouble(2));
			});
		return weights;
	}

	/** Replaces the settings, the weights and the report of a poll. */
	public void save(long pollId, WeightingSettings s, Map<Long, Double> weights, WeightingReport report,
			long actorId, Instant now) {
		jdbc.sql("delete from polls_weight where poll_id = :p").param("p", pollId).update();
		List<Object[]> rows = weights.entrySet().stream()
			.map(w -> new Object[] { w.getKey(), pollId, w.getValue() }).toList();
		template.batchUpdate("insert into polls_weight (response_id, poll_id, weight) values (?, ?, ?)", rows);
		Map<String, Object> p = new java.util.HashMap<>();
		p.put("p", pollId);
		p.put("method", s.method().name());
		p.put("design", s.designWeights());
		p.put("tables", String.join(",", s.targetTables().stream().map(String::valueOf).toList()));
		p.put("tolerance", s.tolerance());
		p.put("iterations", s.maxIterations());
		p.put("lower", s.trimLower());
		p.put("upper", s.trimUpper());
		p.put("at", Timestamp.from(now));
		p.put("by", actorId);
		p.put("summary", JSON.writeValueAsString(report));
		int updated = jdbc.sql("update polls_weighting set method = :method, design_weights = :design, "
				+ "target_tables = :tables, tolerance = :tolerance, max_iterations = :iterations, trim_lower = :lower, "
				+ "trim_upper = :upper, computed_at = :at, computed_by = :by, summary = :summary, version = version + 1 "
				+ "where poll_id = :p").params(p).update();
		if (updated == 0) {
			jdbc.sql("insert into polls_weighting (poll_id, method, design_weights, target_tables, tolerance, "
					+ "max_iterations, trim_lower, trim_upper, computed_at, computed_by, summary, version) values (:p, "
					+ ":method, :design, :tables, :tolerance, :iterations, :lower, :upper, :at, :by, :summary, 0)")
				.params(p).update();
		}
	}

	/** The publications of a poll, in order. */
	public List<Publication> publications(long pollId) {
		return jdbc.sql("select * from polls_publication where poll_id = :p order by position, id").param("p", pollId)
			.query((rs, i) -> new Publication(rs.getLong("id"), rs.getLong("poll_id"), rs.getString("question"),
					rs.getString("by_variable"), rs.getInt("position"), rs.getTimestamp("published_at").toInstant()))
			.list();
	}

	/** Adds a publication at the end. */
	public void publish(long pollId, String question, String byVariable, long actorId, Instant now) {
		int position = jdbc.sql("select coalesce(max(position), 0) from polls_publication where poll_id = :p")
			.param("p", pollId).query(Integer.class).single() + 1;
		jdbc.sql("insert into polls_publication (poll_id, question, by_variable, position, published_at, published_by) "
				+ "values (:p, :q, :b, :pos, :at, :by)")
			.param("p", pollId).param("q", question).param("b", byVariable).param("pos", position)
			.param("at", Timestamp.from(now)).param("by", actorId).update();
	}

	/** Removes a publication; {@code false} when it is not this poll's. */
	public boolean unpublish(long pollId, long publicationId) {
		return jdbc.sql("delete from polls_publication where id = :id and poll_id = :p").param("id", publicationId)
			.param("p", pollId).update() > 0;
	}

	/** The polls with at least one published result, the latest published first. */
	public List<Long> publishedPolls() {
		return jdbc.sql("select poll_id from polls_publication group by poll_id order by max(published_at) desc")
			.query(Long.class).list();
	}

	private static List<Long> ids(String text) {
		return text == null || text.isBlank() ? List.of()
				: Arrays.stream(text.split(",")).map(String::strip).map(Long::valueOf).toList();
	}
}
