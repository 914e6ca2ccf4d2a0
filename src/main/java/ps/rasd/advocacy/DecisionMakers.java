package ps.rasd.advocacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonSummary;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.registry.SectorSummary;
import ps.rasd.shared.ArabicText;
import ps.rasd.shared.RasdPrincipal;

/**
 * Finds the decision makers a campaign targets or meets by name, instead of typing record numbers: people of the
 * network the advocacy team may read, and bodies of the registry (authorities and their units); and, for a campaign's
 * targets, the instruments tracked and the service sectors.
 */
@Service
@Transactional(readOnly = true)
public class DecisionMakers {

	/** The most of each kind given for one query. */
	public static final int MAX = 15;

	private final NetworkManagement network;

	private final RegistryManagement registry;

	private final AdvocacyManagement tracker;

	DecisionMakers(NetworkManagement network, RegistryManagement registry, AdvocacyManagement tracker) {
		this.network = network;
		this.registry = registry;
		this.tracker = tracker;
	}

	/**
	 * A decision maker found.
	 *
	 * @param kind {@link TargetKind#PERSON} or {@link TargetKind#AUTHORITY}
	 * @param id the person's or the body's record
	 * @param name their name in the reader's language
	 * @param where the governorate code, or {@code null}
	 * @param ref what names it as a target: the record number, a sector's code
	 */
	public record Found(TargetKind kind, long id, String name, String where, String ref) {

		/** A person or a body, known by its record number. */
		public Found(TargetKind kind, long id, String name, String where) {
			this(kind, id, name, where, String.valueOf(id));
		}
	}

	/**
	 * People and bodies whose name matches the query (any spelling of Arabic letters), people first.
	 * @throws ps.rasd.shared.ForbiddenException {@code advocacy.forbidden} outside the advocacy team
	 */
	public List<Found> find(String query, RasdPrincipal actor, Locale locale) {
		AdvocacyManagement.requireAdvocate(actor);
		String q = query == null ? "" : query.strip();
		if (q.length() < 2 || q.length() > 100) {
			return List.of();
		}
		List<Found> found = new ArrayList<>();
		for (PersonSummary p : network.people(q, null, 0, MAX, actor)) {
			found.add(new Found(TargetKind.PERSON, p.id().value(), p.name(), p.details().governorateCode()));
		}
		found.addAll(bodies(q, locale));
		return found;
	}

	/** Bodies of the registry (authorities and their units) whose name matches the query, at most {@link #MAX}. */
	public List<Found> bodies(String query, RasdPrincipal actor, Locale locale) {
		AdvocacyManagement.requireAdvocate(actor);
		String q = query == null ? "" : query.strip();
		return q.length() < 2 || q.length() > 100 ? List.of() : bodies(q, locale);
	}

	/**
	 * Everything a campaign may target whose name matches the query: decision makers and bodies, the instruments
	 * tracked (by title in either language or number) and the service sectors.
	 * @throws ps.rasd.shared.ForbiddenException {@code advocacy.forbidden} outside the advocacy team
	 */
	public List<Found> targets(String query, RasdPrincipal actor, Locale locale) {
		List<Found> found = new ArrayList<>(find(query, actor, locale));
		String q = query == null ? "" : query.strip();
		if (q.length() < 2 || q.length() > 100) {
			return found;
		}
		int n = 0;
		for (InstrumentView i : tracker.list(InstrumentQuery.ALL, actor, 0, 100).items()) {
			if (n < MAX && (matches(i.titleAr(), q) || matches(i.titleEn(), q) || matches(i.number(), q))) {
				found.add(new Found(TargetKind.INSTRUMENT, i.id(), i.title(locale), null));
				n++;
			}
		}
		for (SectorSummary s : registry.sectors()) {
			if (s.active() && (matches(s.name().ar(), q) || matches(s.name().en(), q) || matches(s.code(), q))) {
				found.add(new Found(TargetKind.SECTOR, s.id(), s.name().in(locale), null, s.code()));
			}
		}
		return found;
	}

	private List<Found> bodies(String q, Locale locale) {
		List<Found> found = new ArrayList<>();
		for (AuthoritySummary a : registry.authorities()) {
			if (found.size() < MAX && (matches(a.name().ar(), q) || matches(a.name().en(), q))) {
				found.add(new Found(TargetKind.AUTHORITY, a.id(), a.name().in(locale), a.governorateCode()));
			}
		}
		return found;
	}

	/** Whether a name holds the query, any spelling of the Arabic letters, any case of the Latin ones. */
	private static boolean matches(String name, String query) {
		return name != null && (ArabicText.searchKey(name).contains(ArabicText.searchKey(query))
				|| name.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT)));
	}
}
