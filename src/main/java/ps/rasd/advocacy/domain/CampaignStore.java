package ps.rasd.advocacy.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import ps.rasd.advocacy.CampaignDraft;
import ps.rasd.advocacy.CampaignView;
import ps.rasd.advocacy.Milestone;
import ps.rasd.advocacy.Outcome;
import ps.rasd.advocacy.OutcomeKind;
import ps.rasd.advocacy.TargetKind;
import ps.rasd.shared.sql.SqlConditions;

/** Campaigns with their targets, milestones and outcomes, in plain SQL. */
@Repository
public class CampaignStore {

	private static final String COLUMNS = "id, slug, title_ar, title_en, goal_ar, goal_en, asks_ar, asks_en, "
			+ "governorate_code, sector_code, owner_id, starts_on, ends_on, scorecard_public, tier, published_at, "
			+ "updated_at, demo, version";

	/** A target as stored. */
	public record TargetRow(long id, TargetKind kind, String ref) {
	}

	private final JdbcTemplate jdbc;

	CampaignStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public boolean slugTaken(String slug) {
		return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from advocacy_campaign where slug = ?",
				Boolean.class, slug));
	}

	public long insert(CampaignDraft d, Long ownerId, boolean demo, Instant now) {
		Object[] values = values(d);
		return Inserts.key(jdbc, "insert into advocacy_campaign (slug, title_ar, title_en, goal_ar, goal_en, asks_ar, "
				+ "asks_en, governorate_code, sector_code, starts_on, ends_on, scorecard_public, owner_id, tier, "
				+ "updated_at, demo, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'INTERNAL', ?, ?, 0)",
				append(values, ownerId, Inserts.at(now), demo));
	}

	public boolean update(long id, long version, CampaignDraft d, Instant now) {
		return jdbc.update("update advocacy_campaign set slug = ?, title_ar = ?, title_en = ?, goal_ar = ?, goal_en = ?, "
				+ "asks_ar = ?, asks_en = ?, governorate_code = ?, sector_code = ?, starts_on = ?, ends_on = ?, "
				+ "scorecard_public = ?, updated_at = ?, version = version + 1 where id = ? and version = ?",
				append(values(d), Inserts.at(now), id, version)) == 1;
	}

	public void publish(long id, boolean published, Instant now) {
		jdbc.update("update advocacy_campaign set tier = ?, published_at = case when ? then coalesce(published_at, ?) "
				+ "else published_at end, updated_at = ?, version = version + 1 where id = ?",
				published ? "PUBLIC" : "INTERNAL", published, Inserts.at(now), Inserts.at(now), id);
	}

	public Optional<CampaignView> byId(long id) {
		return jdbc.query("select " + COLUMNS + " from advocacy_campaign where id = ?", CampaignStore::map, id).stream()
			.findFirst();
	}

	public Optional<CampaignView> bySlug(String slug) {
		return jdbc.query("select " + COLUMNS + " from advocacy_campaign where slug = ?", CampaignStore::map, slug)
			.stream().findFirst();
	}

	public List<CampaignView> list(SqlConditions scope, int limit) {
		List<Object> args = new ArrayList<>(scope.arguments());
		args.add(limit);
		return jdbc.query("select " + COLUMNS + " from advocacy_campaign where " + scope.sql()
				+ " order by starts_on desc nulls last, id desc limit ?", CampaignStore::map, args.toArray());
	}

	/** Campaigns that target a record. */
	public List<Long> targeting(TargetKind kind, String ref) {
		return jdbc.queryForList("select distinct campaign_id from advocacy_target where kind = ? and ref = ?",
				Long.class, kind.name(), ref);
	}

	public List<TargetRow> targets(long campaignId) {
		return jdbc.query("select id, kind, ref from advocacy_target where campaign_id = ? order by kind, id",
				(rs, i) -> new TargetRow(rs.getLong(1), TargetKind.valueOf(rs.getString(2)), rs.getString(3)),
				campaignId);
	}

	public void addTarget(long campaignId, TargetKind kind, String ref) {
		if (targets(campaignId).stream().noneMatch(t -> t.kind() == kind && t.ref().equals(ref))) {
			jdbc.update("insert into advocacy_target (campaign_id, kind, ref) values (?, ?, ?)", campaignId,
					kind.name(), ref);
		}
	}

	public void removeTarget(long campaignId, long targetId) {
		jdbc.update("delete from advocacy_target where id = ? and campaign_id = ?", targetId, campaignId);
	}

	public List<Milestone> milestones(long campaignId) {
		return jdbc.query("select id, title_ar, due_on, done_on from advocacy_milestone where campaign_id = ? "
				+ "order by due_on, id", (rs, i) -> new Milestone(rs.getLong(1), rs.getString(2),
						rs.getDate(3).toLocalDate(), day(rs.getDate(4))), campaignId);
	}

	public void addMilestone(long campaignId, String title, LocalDate due) {
		jdbc.update("insert into advocacy_milestone (campaign_id, title_ar, due_on) values (?, ?, ?)", campaignId,
				title, Date.valueOf(due));
	}

	public void completeMilestone(long campaignId, long milestoneId, LocalDate on) {
		jdbc.update("update advocacy_milestone set done_on = ? where id = ? and campaign_id = ?",
				on == null ? null : Date.valueOf(on), milestoneId, campaignId);
	}

	public List<Outcome> outcomes(long campaignId) {
		return jdbc.query("select id, kind, text_ar, source, on_date from advocacy_outcome where campaign_id = ? "
				+ "order by on_date, id", (rs, i) -> new Outcome(rs.getLong(1), OutcomeKind.valueOf(rs.getString(2)),
						rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate()), campaignId);
	}

	public void addOutcome(long campaignId, OutcomeKind kind, String text, String source, LocalDate on) {
		jdbc.update("insert into advocacy_outcome (campaign_id, kind, text_ar, source, on_date) values (?, ?, ?, ?, ?)",
				campaignId, kind.name(), text, source, Date.valueOf(on));
	}

	public boolean updateOutcome(long campaignId, long id, OutcomeKind kind, String text, String source, LocalDate on) {
		return jdbc.update("update advocacy_outcome set kind = ?, text_ar = ?, source = ?, on_date = ? where id = ? "
				+ "and campaign_id = ?", kind.name(), text, source, Date.valueOf(on), id, campaignId) == 1;
	}

	public boolean deleteOutcome(long campaignId, long id) {
		return jdbc.update("delete from advocacy_outcome where id = ? and campaign_id = ?", id, campaignId) == 1;
	}

	private static Object[] values(CampaignDraft d) {
		return new Object[] { d.slug(), d.titleAr().strip(), InstrumentStore.blank(d.titleEn()), d.goalAr().strip(),
				InstrumentStore.blank(d.goalEn()), InstrumentStore.blank(d.asksAr()), InstrumentStore.blank(d.asksEn()),
				InstrumentStore.blank(d.governorateCode()), InstrumentStore.blank(d.sectorCode()),
				d.startsOn() == null ? null : Date.valueOf(d.startsOn()),
				d.endsOn() == null ? null : Date.valueOf(d.endsOn()), d.scorecardPublic() };
	}

	static Object[] append(Object[] first, Object... more) {
		Object[] all = java.util.Arrays.copyOf(first, first.length + more.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

	static LocalDate day(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private static CampaignView map(ResultSet rs, int row) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new CampaignView(rs.getLong("id"), rs.getString("slug"), rs.getString("title_ar"),
				rs.getString("title_en"), rs.getString("goal_ar"), rs.getString("goal_en"), rs.getString("asks_ar"),
				rs.getString("asks_en"), rs.getString("governorate_code"), rs.getString("sector_code"),
				rs.getObject("owner_id", Long.class), day(rs.getDate("starts_on")), day(rs.getDate("ends_on")),
				rs.getBoolean("scorecard_public"), "PUBLIC".equals(rs.getString("tier")),
				published == null ? null : published.toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getBoolean("demo"), rs.getLong("version"));
	}
}
