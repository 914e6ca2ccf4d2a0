package ps.rasd.activities;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dhatim.fastexcel.Workbook;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.activities.domain.ReachStore;
import ps.rasd.activities.internal.ReachKeeper;
import ps.rasd.shared.Formats;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Suppression;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.sql.SqlConditions;

/**
 * The figures donors ask for: activities held, sessions, registrations, attendance rate and the unique people
 * reached, by sex, age group (youth 18–29 shown), governorate and target group, per period, governorate, kind and
 * campaign. Counted from the people reached, kept current as attendance changes (bitmaps, see {@link ReachKeeper}):
 * each person once (records merged in {@code network} as one), with the sex, age group and governorate they gave
 * (the greatest over their attended registrations) — no scan of the attendances. Those who see small counts ({@link ReadRules#seesSmallCounts}) get them; everyone else a copy with
 * cells below five withheld, with the figures that would reveal them.
 */
@Service
@Transactional(readOnly = true)
public class ActivityFigures {

	/** The age groups of the form; youth is 18–24 and 25–29. */
	public static final List<String> AGE_GROUPS = List.of("U18", "18-24", "25-29", "30-39", "40+");

	private static final List<String> YOUTH = List.of("18-24", "25-29");

	private static final int SMALL = 5;

	private final JdbcClient jdbc;

	private final ReachStore reach;

	ActivityFigures(JdbcClient jdbc, ReachStore reach) {
		this.jdbc = jdbc;
		this.reach = reach;
	}

	/** The figures as the reader may see them. */
	public Figures figures(FigureFilter filter, RasdPrincipal actor) {
		return collect(filter, !ReadRules.seesSmallCounts(Reader.of(actor)));
	}

	/** The public copy (small counts withheld), whoever asks: the periodic report, public pages. */
	public Figures publicFigures(FigureFilter filter) {
		return collect(filter, true);
	}

	private Figures collect(FigureFilter f, boolean suppress) {
		SqlConditions held = held(f);
		String activities = "select x.id from activities_activity x where " + held.sql();
		List<Object> args = held.arguments();
		long count = jdbc.sql("select count(*) from (" + activities + ") t").params(args).query(Long.class).single();
		SqlConditions inPeriod = period(f, "s");
		List<Object> sessionArgs = new ArrayList<>(args);
		sessionArgs.addAll(inPeriod.arguments());
		long sessions = jdbc.sql("select count(*) from activities_session s where s.activity_id in (" + activities
				+ ") and " + inPeriod.sql()).params(sessionArgs).query(Long.class).single();
		PerPerson each = perPerson(held);
		long registrations = each.registered;
		long attendees = each.attendances;
		long people = each.people.getCardinality();
		List<Figures.Count> bySex = each.counts(0);
		List<Figures.Count> byAge = each.counts(1);
		List<Figures.Count> byGovernorate = each.counts(2);
		List<Figures.Count> byTarget = each.targets();
		List<Figures.Count> byKind = jdbc.sql("select x.kind, count(*) from activities_activity x where " + held.sql()
				+ " group by x.kind order by x.kind").params(args)
			.query((rs, n) -> new Figures.Count(rs.getString(1), rs.getLong(2), false)).list();
		long youth = byAge.stream().filter(c -> YOUTH.contains(c.key())).mapToLong(Figures.Count::count).sum();
		Figures raw = new Figures(count, sessions, registrations, attendees, new Figures.Count("people", people, false),
				new Figures.Count("youth", youth, false), bySex, byAge, byGovernorate, byTarget, byKind);
		return suppress ? suppressed(raw) : raw;
	}

	/**
	 * Each person once, from the people reached kept current as attendance changes ({@link ReachKeeper}): the union
	 * of the bitmaps of the activities held, intersected with the bitmap of each sex, age group and governorate
	 * (what a person gave: the greatest of their attended registrations); a union per target group.
	 */
	private PerPerson perPerson(SqlConditions held) {
		PerPerson each = new PerPerson();
		Map<String, RoaringBitmap> targets = new TreeMap<>();
		List<RoaringBitmap> reached = new ArrayList<>();
		for (ReachStore.ActivityReach a : reach.activities(held)) {
			each.registered += a.registered();
			each.attendances += a.attendances();
			reached.add(a.people());
			targets.computeIfAbsent(a.targetGroup(), t -> new RoaringBitmap()).or(a.people());
		}
		each.people = FastAggregation.or(reached.iterator());
		targets.forEach((target, people) -> {
			if (!people.isEmpty()) {
				each.targets.put(target, (long) people.getCardinality());
			}
		});
		Map<String, Map<String, RoaringBitmap>> groups = reach.groups();
		for (int d = 0; d < ReachStore.DIMENSIONS.size(); d++) {
			Map<String, Long> by = new TreeMap<>();
			groups.getOrDefault(ReachStore.DIMENSIONS.get(d), Map.of()).forEach((code, people) -> {
				long n = RoaringBitmap.andCardinality(each.people, people);
				if (n > 0) {
					by.put(code, n);
				}
			});
			each.by.add(by);
		}
		return each;
	}

	private static final class PerPerson {

		long registered;

		long attendances;

		RoaringBitmap people;

		final List<Map<String, Long>> by = new ArrayList<>();

		final Map<String, Long> targets = new TreeMap<>();

		List<Figures.Count> counts(int i) {
			return by.get(i).entrySet().stream().map(e -> new Figures.Count(e.getKey(), e.getValue(), false)).toList();
		}

		List<Figures.Count> targets() {
			return targets.entrySet().stream().map(e -> new Figures.Count(e.getKey(), e.getValue(), false)).toList();
		}
	}

	private SqlConditions held(FigureFilter f) {
		SqlConditions where = new SqlConditions().and("x.status in ('HELD', 'REPORTED')");
		if (f.governorateCode() != null && !f.governorateCode().isBlank()) {
			where.and("x.governorate_code = ?", f.governorateCode());
		}
		if (f.kind() != null && !f.kind().isBlank()) {
			where.and("x.kind = ?", f.kind());
		}
		if (f.campaign() != null && !f.campaign().isBlank()) {
			where.and("x.campaign_ref = ?", f.campaign().strip());
		}
		if (f.from() != null || f.to() != null) {
			SqlConditions inPeriod = period(f, "p");
			where.and("exists (select 1 from activities_session p where p.activity_id = x.id and " + inPeriod.sql() + ")",
					inPeriod.arguments().toArray());
		}
		return where;
	}

	private static SqlConditions period(FigureFilter f, String alias) {
		SqlConditions where = new SqlConditions();
		if (f.from() != null) {
			where.and(alias + ".starts_at >= ?", Timestamp.from(f.from().atStartOfDay(Formats.ZONE).toInstant()));
		}
		if (f.to() != null) {
			where.and(alias + ".starts_at < ?", Timestamp.from(f.to().plusDays(1).atStartOfDay(Formats.ZONE).toInstant()));
		}
		return where;
	}

	private static Figures suppressed(Figures raw) {
		Suppression s = new Suppression(SMALL);
		Suppression.Slot people = s.count(raw.people().count());
		Suppression.Slot youth = s.count(raw.youth().count());
		List<List<Suppression.Slot>> groups = new ArrayList<>();
		for (List<Figures.Count> group : List.of(raw.bySex(), raw.byAgeGroup(), raw.byGovernorate())) {
			List<Suppression.Slot> slots = group.stream().map(c -> s.count(c.count())).toList();
			s.sum(slots, people);
			groups.add(slots);
		}
		List<Suppression.Slot> targets = raw.byTargetGroup().stream().map(c -> s.count(c.count())).toList();
		s.apply();
		return new Figures(raw.activities(), raw.sessions(), raw.registrations(), raw.attendees(),
				shown(raw.people(), people), shown(raw.youth(), youth), shown(raw.bySex(), groups.get(0)),
				shown(raw.byAgeGroup(), groups.get(1)), shown(raw.byGovernorate(), groups.get(2)),
				shown(raw.byTargetGroup(), targets), raw.byKind());
	}

	private static Figures.Count shown(Figures.Count c, Suppression.Slot slot) {
		return new Figures.Count(c.key(), slot.hidden() ? 0 : c.count(), slot.hidden());
	}

	private static List<Figures.Count> shown(List<Figures.Count> counts, List<Suppression.Slot> slots) {
		List<Figures.Count> out = new ArrayList<>();
		for (int i = 0; i < counts.size(); i++) {
			out.add(shown(counts.get(i), slots.get(i)));
		}
		return out;
	}

	/** The figures as a spreadsheet (right to left), one sheet of totals and one per breakdown. */
	public byte[] xlsx(FigureFilter filter, RasdPrincipal actor, java.util.function.Function<String, String> label) {
		Figures f = figures(filter, actor);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook book = new Workbook(out, "Rasd", "1.0");
			Worksheet totals = book.newWorksheet(label.apply("activities.figures.totals"));
			totals.rightToLeft();
			Object[][] rows = { { "activities.figures.activities", f.activities() },
					{ "activities.figures.sessions", f.sessions() },
					{ "activities.figures.registrations", f.registrations() },
					{ "activities.figures.attendees", f.attendees() },
					{ "activities.figures.rate", f.attendanceRate() },
					{ "activities.figures.people", f.people().hidden() ? null : f.people().count() },
					{ "activities.figures.youth", f.youth().hidden() ? null : f.youth().count() } };
			for (int r = 0; r < rows.length; r++) {
				totals.value(r, 0, label.apply((String) rows[r][0]));
				if (rows[r][1] != null) {
					totals.value(r, 1, ((Number) rows[r][1]).longValue());
				}
			}
			sheet(book, label.apply("activities.figures.by-sex"), f.bySex(), label);
			sheet(book, label.apply("activities.figures.by-age"), f.byAgeGroup(), label);
			sheet(book, label.apply("activities.figures.by-governorate"), f.byGovernorate(), label);
			sheet(book, label.apply("activities.figures.by-target"), f.byTargetGroup(), label);
			book.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void sheet(Workbook book, String name, List<Figures.Count> counts,
			java.util.function.Function<String, String> label) {
		Worksheet sheet = book.newWorksheet(name);
		sheet.rightToLeft();
		sheet.value(0, 0, name);
		sheet.value(0, 1, label.apply("activities.figures.people"));
		for (int i = 0; i < counts.size(); i++) {
			Figures.Count c = counts.get(i);
			sheet.value(i + 1, 0, c.key().isEmpty() ? label.apply("activities.figures.not-given") : c.key());
			if (c.hidden()) {
				sheet.value(i + 1, 1, label.apply("activities.figures.withheld"));
			}
			else {
				sheet.value(i + 1, 1, c.count());
			}
		}
	}
}
