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
import ps.rasd.shared.ArabicText;
import ps.rasd.shared.RasdPrincipal;

/**
 * Finds the decision makers a campaign targets or meets by name, instead of typing record numbers: people of the
 * network the advocacy team may read, and bodies of the registry (authorities and their units).
 */
@Service
@Transactional(readOnly = true)
public class DecisionMakers {

	/** The most of each kind given for one query. */
	public static final int MAX = 15;

	private final NetworkManagement network;

	private final RegistryManagement registry;

	DecisionMakers(NetworkManagement network, RegistryManagement registry) {
		this.network = network;
		this.registry = registry;
	}

	/**
	 * A decision maker found.
	 *
	 * @param kind {@link TargetKind#PERSON} or {@link TargetKind#AUTHORITY}
	 * @param id the person's or the body's record
	 * @param name their name in the reader's language
	 * @param where the governorate code, or {@code null}
	 */
	public record Found(TargetKind kind, long id, String name, String where) {
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
		String key = ArabicText.searchKey(q);
		int bodies = 0;
		for (AuthoritySummary a : registry.authorities()) {
			if (bodies < MAX && (ArabicText.searchKey(a.name().ar()).contains(key)
					|| a.name().en() != null && a.name().en().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))) {
				found.add(new Found(TargetKind.AUTHORITY, a.id(), a.name().in(locale), a.governorateCode()));
				bodies++;
			}
		}
		return found;
	}
}
