package ps.rasd.cases.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

import ps.rasd.cases.AuthorityScorecard;
import ps.rasd.cases.CaseStatus;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.ExportColumn;
import ps.rasd.shared.spi.ExportColumn.Type;
import ps.rasd.shared.sql.ExportDays;
import ps.rasd.shared.spi.ExportQuery;
import ps.rasd.shared.spi.ExportSink;
import ps.rasd.shared.spi.ExportSource;
import ps.rasd.shared.sql.SqlConditions;

/**
 * Authority scorecards for export: one row per authority unit that was sent cases, with the figures of its scorecard
 * (referrals, replies, reply rate, median days to the first reply, overdue referrals, confirmed fixes) over the cases
 * referred in the period, of the governorate and sector asked. The figures describe public bodies, not people, and are
 * the same for everyone, as on the authority pages; the public gets only units with at least
 * {@link AuthorityScorecard#MIN_PUBLIC} referrals, so that a single case cannot be read from the figures.
 */
@org.springframework.core.annotation.Order(4)
class AuthorityScorecardExportSource implements ExportSource {

	private final JdbcTemplate jdbc;

	private final RegistryManagement registry;

	private final GeographyManagement geography;

	private final Clock clock;

	AuthorityScorecardExportSource(JdbcTemplate jdbc, RegistryManagement registry, GeographyManagement geography,
			Clock clock) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.geography = geography;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "authority-scorecards";
	}

	@Override
	public LocalizedText title() {
		return new LocalizedText("بطاقات أداء الجهات المسؤولة", "Authority scorecards");
	}

	@Override
	public List<ExportColumn> columns(ExportQuery query) {
		return List.of(ExportColumn.of("authority_id", "رقم الجهة", "Authority id", "#org +code", Type.INTEGER),
				ExportColumn.of("authority_ar", "الجهة المسؤولة", "Responsible authority", "#org +impl +name +i_ar",
						Type.CODE),
				ExportColumn.of("authority_en", "الجهة بالإنجليزية", "Responsible authority (English)",
						"#org +impl +name +i_en", Type.CODE),
				ExportColumn.of("kind", "نوع الجهة", "Kind", "#org +type", Type.CODE),
				ExportColumn.of("governorate_code", "رمز المحافظة", "Governorate code", "#adm1 +code", Type.CODE),
				ExportColumn.of("governorate_ar", "المحافظة", "Governorate (Arabic)", "#adm1 +name +i_ar", Type.CODE),
				ExportColumn.of("sector_code", "القطاع", "Sector", "#sector", Type.CODE),
				ExportColumn.of("referrals", "الإحالات", "Referrals", "#indicator +num +referrals", Type.INTEGER),
				ExportColumn.of("replied", "الإحالات التي رُدّ عليها", "Referrals answered",
						"#indicator +num +replied", Type.INTEGER),
				ExportColumn.of("reply_rate", "نسبة الرد ٪", "Reply rate %", "#indicator +pct +replied",
						Type.DECIMAL),
				ExportColumn.of("median_reply_days", "وسيط أيام الرد الأول", "Median days to first reply",
						"#indicator +num +days", Type.DECIMAL),
				ExportColumn.of("overdue", "إحالات متأخرة", "Overdue referrals", "#indicator +num +overdue",
						Type.INTEGER),
				ExportColumn.of("confirmed_fixed", "إصلاحات مؤكدة", "Confirmed fixes", "#indicator +num +fixed",
						Type.INTEGER));
	}

	@Override
	public long count(ExportQuery query) {
		return rows(query).size();
	}

	@Override
	public void stream(ExportQuery query, ExportSink sink) {
		Map<Long, AuthoritySummary> authorities = registry.authorities().stream()
			.collect(Collectors.toMap(AuthoritySummary::id, Function.identity()));
		Map<String, GovernorateSummary> governorates = geography.governorates().stream()
			.collect(Collectors.toMap(GovernorateSummary::code, Function.identity()));
		for (Figures f : rows(query)) {
			AuthoritySummary a = authorities.get(f.authorityId);
			GovernorateSummary g = a == null || a.governorateCode() == null ? null
					: governorates.get(a.governorateCode());
			sink.row(new Object[] { f.authorityId, a == null ? null : a.name().ar(), a == null ? null : a.name().en(),
					a == null ? null : a.kind().name(), g == null ? null : g.code(), g == null ? null : g.name().ar(),
					a == null ? null : a.sectorCode(), f.card.referred(), f.card.replied(),
					f.card.referred() == 0 ? null
							: BigDecimal.valueOf(f.card.replied() * 100.0 / f.card.referred())
								.setScale(1, RoundingMode.HALF_UP),
					f.card.medianDaysToReply() == null ? null
							: BigDecimal.valueOf(f.card.medianDaysToReply()).setScale(1, RoundingMode.HALF_UP),
					f.card.overdue(), f.card.confirmedFixed() });
		}
	}

	/** The figures of every unit, in order of id; a unit's cases are read in one pass ordered by unit. */
	private List<Figures> rows(ExportQuery query) {
		SqlConditions where = new SqlConditions().and("referred_at is not null").and("authority_id is not null");
		if (query.governorateCode() != null) {
			where.and("governorate_code = ?", query.governorateCode());
		}
		if (query.sectorCode() != null) {
			where.and("sector_code = ?", query.sectorCode());
		}
		ExportDays.between(where, "referred_at", query);
		java.time.Instant now = clock.instant();
		List<Figures> all = new ArrayList<>();
		Figures[] current = new Figures[1];
		jdbc.query("select authority_id, referred_at, first_reply_at, status, due_at from cases_case where "
				+ where.sql() + " order by authority_id", rs -> {
					long authority = rs.getLong(1);
					if (current[0] == null || current[0].authorityId != authority) {
						current[0] = new Figures(authority, new AuthorityScorecard.Tally(now));
						all.add(current[0]);
					}
					current[0].tally.add(instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)),
							CaseStatus.valueOf(rs.getString(4)), instant(rs.getTimestamp(5)));
				}, where.arguments().toArray());
		all.forEach(Figures::finish);
		return query.isPublic() ? all.stream().filter(f -> !f.card.suppressed()).toList() : all;
	}

	private static java.time.Instant instant(java.sql.Timestamp at) {
		return at == null ? null : at.toInstant();
	}

	/** A unit's referrals being counted, then its scorecard. */
	private static final class Figures {

		final long authorityId;

		AuthorityScorecard.Tally tally;

		AuthorityScorecard card;

		Figures(long authorityId, AuthorityScorecard.Tally tally) {
			this.authorityId = authorityId;
			this.tally = tally;
		}

		void finish() {
			card = tally.result();
			tally = null;
		}
	}
}
