package ps.rasd.advocacy.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import ps.rasd.advocacy.InstrumentDraft;
import ps.rasd.advocacy.InstrumentQuery;
import ps.rasd.advocacy.InstrumentView;
import ps.rasd.advocacy.Stance;
import ps.rasd.advocacy.StageView;
import ps.rasd.shared.sql.SqlConditions;

/**
 * The instruments, their stages and extracted text, in plain SQL. An instrument's current stage is kept on it (the
 * stage of the latest date), so that the public list filters by it with one index.
 */
@Repository
public class InstrumentStore {

	private static final String COLUMNS = "id, slug, kind, title_ar, title_en, ref_number, issued_on, authority_id, "
			+ "sectors, rights_ar, rights_en, summary_ar, summary_en, official_url, file_id, stance, asks_ar, asks_en, "
			+ "stage, stage_on, tier, published_at, updated_at, demo, version";

	private final JdbcTemplate jdbc;

	InstrumentStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public boolean slugTaken(String slug) {
		return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from advocacy_instrument where slug = ?",
				Boolean.class, slug));
	}

	public long insert(InstrumentDraft d, boolean demo, Instant now) {
		return Inserts.key(jdbc, "insert into advocacy_instrument (slug, kind, title_ar, title_en, ref_number, "
				+ "issued_on, authority_id, sectors, rights_ar, rights_en, summary_ar, summary_en, official_url, "
				+ "stance, asks_ar, asks_en, tier, updated_at, demo, version) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'INTERNAL', ?, ?, 0)",
				CampaignStore.append(values(d), Inserts.at(now), demo));
	}

	/** @return whether the version matched */
	public boolean update(long id, long version, InstrumentDraft d, Instant now) {
		List<Object> args = new ArrayList<>(Arrays.asList(values(d)));
		args.addAll(List.of(Inserts.at(now), id, version));
		return jdbc.update("update advocacy_instrument set slug = ?, kind = ?, title_ar = ?, title_en = ?, ref_number = ?, "
				+ "issued_on = ?, authority_id = ?, sectors = ?, rights_ar = ?, rights_en = ?, summary_ar = ?, "
				+ "summary_en = ?, official_url = ?, stance = ?, asks_ar = ?, asks_en = ?, updated_at = ?, "
				+ "version = version + 1 where id = ? and version = ?", args.toArray()) == 1;
	}

	public void publish(long id, boolean published, Instant now) {
		jdbc.update("update advocacy_instrument set tier = ?, published_at = case when ? then coalesce(published_at, ?) "
				+ "else published_at end, updated_at = ?, version = version + 1 where id = ?",
				published ? "PUBLIC" : "INTERNAL", published, Inserts.at(now), Inserts.at(now), id);
	}

	public void attach(long id, long fileId, String text, Instant now) {
		jdbc.update("update advocacy_instrument set file_id = ?, updated_at = ?, version = version + 1 where id = ?",
				fileId, Inserts.at(now), id);
		jdbc.update("delete from advocacy_instrument_text where instrument_id = ?", id);
		jdbc.update("insert into advocacy_instrument_text (instrument_id, body, extracted_at) values (?, ?, ?)", id,
				text, Inserts.at(now));
	}

	public String text(long id) {
		return jdbc.query("select body from advocacy_instrument_text where instrument_id = ?",
				rs -> rs.next() ? rs.getString(1) : "", id);
	}

	public Optional<InstrumentView> byId(long id) {
		return jdbc.query("select " + COLUMNS + " from advocacy_instrument where id = ?", MAPPER, id).stream()
			.findFirst();
	}

	public Optional<InstrumentView> bySlug(String slug) {
		return jdbc.query("select " + COLUMNS + " from advocacy_instrument where slug = ?", MAPPER, slug).stream()
			.findFirst();
	}

	public List<InstrumentView> byIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		SqlConditions in = new SqlConditions().in("id", ids);
		return jdbc.query("select " + COLUMNS + " from advocacy_instrument where " + in.sql() + " order by id", MAPPER,
				in.arguments().toArray());
	}

	public List<InstrumentView> list(SqlConditions scope, InstrumentQuery q, int offset, int limit) {
		SqlConditions where = filter(scope, q);
		List<Object> args = new ArrayList<>(where.arguments());
		args.add(limit);
		args.add(offset);
		return jdbc.query("select " + COLUMNS + " from advocacy_instrument where " + where.sql()
				+ " order by coalesce(stage_on, issued_on) desc nulls last, id desc limit ? offset ?", MAPPER,
				args.toArray());
	}

	public long count(SqlConditions scope, InstrumentQuery q) {
		SqlConditions where = filter(scope, q);
		return jdbc.queryForObject("select count(*) from advocacy_instrument where " + where.sql(), Long.class,
				where.arguments().toArray());
	}

	private static SqlConditions filter(SqlConditions scope, InstrumentQuery q) {
		SqlConditions where = new SqlConditions().and(scope);
		if (q.sector() != null && !q.sector().isBlank()) {
			where.and("(',' || replace(sectors, ' ', '') || ',') like ?", "%," + q.sector().strip() + ",%");
		}
		if (q.stage() != null && !q.stage().isBlank()) {
			where.and("stage = ?", q.stage());
		}
		if (q.stance() != null) {
			where.and("stance = ?", q.stance().name());
		}
		if (q.kind() != null && !q.kind().isBlank()) {
			where.and("kind = ?", q.kind());
		}
		return where;
	}

	public long addStage(long instrumentId, String stage, LocalDate on, String source, String note, Instant now) {
		long id = Inserts.key(jdbc, "insert into advocacy_stage (instrument_id, stage, on_date, source, note, "
				+ "recorded_at) values (?, ?, ?, ?, ?, ?)", instrumentId, stage, Date.valueOf(on), source, note,
				Inserts.at(now));
		refreshStage(instrumentId, now);
		return id;
	}

	public void removeStage(long instrumentId, long stageId, Instant now) {
		jdbc.update("delete from advocacy_stage where id = ? and instrument_id = ?", stageId, instrumentId);
		refreshStage(instrumentId, now);
	}

	private void refreshStage(long instrumentId, Instant now) {
		List<StageView> stages = stages(instrumentId);
		StageView last = stages.isEmpty() ? null : stages.get(stages.size() - 1);
		jdbc.update("update advocacy_instrument set stage = ?, stage_on = ?, updated_at = ?, version = version + 1 "
				+ "where id = ?", last == null ? null : last.stage(), last == null ? null : Date.valueOf(last.onDate()),
				Inserts.at(now), instrumentId);
	}

	/** Oldest first. */
	public List<StageView> stages(long instrumentId) {
		return jdbc.query("select id, stage, on_date, source, note from advocacy_stage where instrument_id = ? "
				+ "order by on_date, id", (rs, i) -> new StageView(rs.getLong(1), rs.getString(2),
						rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5)), instrumentId);
	}

	private static Object[] values(InstrumentDraft d) {
		return new Object[] { d.slug(), d.kind(), d.titleAr().strip(), blank(d.titleEn()), blank(d.number()),
				d.issuedOn() == null ? null : Date.valueOf(d.issuedOn()), d.authorityId(), Codes.join(d.sectors()),
				blank(d.rightsAr()), blank(d.rightsEn()), blank(d.summaryAr()), blank(d.summaryEn()),
				blank(d.officialUrl()), d.stance() == null ? null : d.stance().name(), blank(d.asksAr()),
				blank(d.asksEn()) };
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static final RowMapper<InstrumentView> MAPPER = InstrumentStore::map;

	private static InstrumentView map(ResultSet rs, int row) throws SQLException {
		Date issued = rs.getDate("issued_on");
		Date stageOn = rs.getDate("stage_on");
		Timestamp published = rs.getTimestamp("published_at");
		String stance = rs.getString("stance");
		return new InstrumentView(rs.getLong("id"), rs.getString("slug"), rs.getString("kind"),
				rs.getString("title_ar"), rs.getString("title_en"), rs.getString("ref_number"),
				issued == null ? null : issued.toLocalDate(), (Long) rs.getObject("authority_id", Long.class),
				Codes.split(rs.getString("sectors")), rs.getString("rights_ar"), rs.getString("rights_en"),
				rs.getString("summary_ar"), rs.getString("summary_en"), rs.getString("official_url"),
				rs.getObject("file_id", Long.class), stance == null ? null : Stance.valueOf(stance),
				rs.getString("asks_ar"), rs.getString("asks_en"), rs.getString("stage"),
				stageOn == null ? null : stageOn.toLocalDate(), "PUBLIC".equals(rs.getString("tier")),
				published == null ? null : published.toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getBoolean("demo"), rs.getLong("version"));
	}
}
