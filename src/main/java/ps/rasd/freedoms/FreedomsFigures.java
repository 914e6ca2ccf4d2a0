package ps.rasd.freedoms;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.freedoms.domain.EventCounts;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Suppression;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Scope;

/**
 * The figures of documented violations: in full for the documentation team (the events they read in full), and for
 * the public over the published copies with small cells suppressed (primary and secondary, as the service dashboards
 * do, {@link Suppression}).
 */
@Service
@Transactional(readOnly = true)
public class FreedomsFigures {

	private final EventCounts counts;

	private final FreedomsProperties properties;

	private final Clock clock;

	FreedomsFigures(EventCounts counts, FreedomsProperties properties, Clock clock) {
		this.counts = counts;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The figures of the events the person documents, in full (nothing suppressed).
	 * @throws ForbiddenException {@code freedoms.forbidden} for someone on no documentation team
	 */
	public Figures internal(FigureFilter filter, RasdPrincipal actor) {
		Scope scope = ReadRules.DOCUMENTATION.full(Reader.of(actor), clock.instant());
		if (scope instanceof Scope.Nothing) {
			throw new ForbiddenException("freedoms.forbidden");
		}
		Map<String, Map<String, Long>> raw = counts.count(scope, filter, true);
		List<Figures.Count> status = shown(counts.byStatus(scope, filter));
		return new Figures(total(raw.get("type")), total(raw.get("actType")), total(raw.get("profession")), status,
				shown(raw.get("type")), shown(raw.get("governorate")), shown(raw.get("month")),
				shown(raw.get("actType")), shown(raw.get("profession")), shown(raw.get("sex")),
				shown(raw.get("perpetrator")));
	}

	/** The public figures: published events only, small cells suppressed. */
	public Figures published(FigureFilter filter) {
		Map<String, Map<String, Long>> raw = counts.count(ReadRules.publicNow(clock.instant()), filter, true);
		Suppression suppression = new Suppression(properties.smallCell());
		Suppression.Slot events = suppression.count(sum(raw.get("type")));
		Suppression.Slot acts = suppression.count(sum(raw.get("actType")));
		Suppression.Slot victims = suppression.count(sum(raw.get("profession")));
		var byType = slots(suppression, raw.get("type"), events);
		var byGovernorate = slots(suppression, raw.get("governorate"), events);
		var byMonth = slots(suppression, raw.get("month"), events);
		var byActType = slots(suppression, raw.get("actType"), acts);
		var byProfession = slots(suppression, raw.get("profession"), victims);
		var bySex = slots(suppression, raw.get("sex"), victims);
		// an act may name several perpetrator types: these counts add up to nothing shown, primary suppression only
		var byPerpetrator = slots(suppression, raw.get("perpetrator"), null);
		suppression.apply();
		return new Figures(count("", events), count("", acts), count("", victims), List.of(), counts(byType),
				counts(byGovernorate), counts(byMonth), counts(byActType), counts(byProfession), counts(bySex),
				counts(byPerpetrator));
	}

	private record Keyed(String key, Suppression.Slot slot) {
	}

	private static List<Keyed> slots(Suppression suppression, Map<String, Long> raw, Suppression.Slot total) {
		List<Keyed> keyed = new ArrayList<>();
		raw.forEach((k, n) -> keyed.add(new Keyed(k, suppression.count(n))));
		if (total != null) {
			suppression.sum(keyed.stream().map(Keyed::slot).toList(), total);
		}
		return keyed;
	}

	private static List<Figures.Count> counts(List<Keyed> keyed) {
		return keyed.stream().map(k -> count(k.key(), k.slot())).toList();
	}

	private static Figures.Count count(String key, Suppression.Slot slot) {
		return new Figures.Count(key, slot.hidden() ? 0 : slot.count(), slot.hidden());
	}

	private static List<Figures.Count> shown(Map<String, Long> raw) {
		return raw.entrySet().stream().map(e -> new Figures.Count(e.getKey(), e.getValue(), false)).toList();
	}

	private static Figures.Count total(Map<String, Long> raw) {
		return new Figures.Count("", sum(raw), false);
	}

	private static long sum(Map<String, Long> raw) {
		return raw.values().stream().mapToLong(Long::longValue).sum();
	}
}
