package ps.rasd.activities.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.roaringbitmap.RoaringBitmap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.activities.domain.ReachStore;
import ps.rasd.activities.domain.ReachStore.Gave;

/**
 * Keeps the people reached current in the transaction that changes attendance (a check-in, a check-in undone, what
 * a registration gave corrected, a merge of person records): for the records concerned it counts again, from the
 * registrations, which activities they attended and what they gave, and moves them in the bitmaps. Counting again
 * rather than adding makes every change idempotent: the same refresh twice changes nothing.
 */
@Component
public class ReachKeeper {

	private final ReachStore store;

	private final Clock clock;

	ReachKeeper(ReachStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** After a change to attendance of this person at this activity. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void refresh(long activityId, long personId) {
		refresh(List.of(activityId), List.of(personId));
	}

	/** After a change to the attendance of a registration, or to what it gave. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void refreshRegistration(long registrationId) {
		store.ofRegistration(registrationId).ifPresent(r -> refresh(List.of(r[0]), List.of(r[1])));
	}

	/** After a change to these records in every activity they registered for (a merge, a correction). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void refreshPeople(Collection<Long> people) {
		refresh(null, people);
	}

	private void refresh(Collection<Long> onlyActivities, Collection<Long> people) {
		Set<Long> all = new TreeSet<>(people);
		for (long p : people) {
			long counted = store.countedAs(p);
			all.add(counted);
			all.addAll(store.mergedInto(counted));
		}
		Map<Long, Long> counted = new HashMap<>();
		all.forEach(p -> counted.put(p, store.countedAs(p)));
		Map<Long, List<Object[]>> byActivity = new TreeMap<>();
		Map<Long, Gave> gave = new HashMap<>();
		for (Object[] row : store.attended(all)) {
			byActivity.computeIfAbsent((Long) row[0], a -> new ArrayList<>()).add(row);
			long person = counted.get((Long) row[1]);
			gave.merge(person, new Gave((String) row[2], (String) row[3], (String) row[4]), ReachKeeper::greatest);
		}
		Collection<Long> activities = onlyActivities == null ? store.activitiesOf(all) : new TreeSet<>(onlyActivities);
		for (long activity : activities) {
			ReachStore.Reached reached = store.lockActivity(activity);
			all.forEach(p -> reached.people().remove(id(p)));
			store.registrationsOf(activity, all).forEach(r -> reached.registrations().remove(id(r)));
			for (Object[] row : byActivity.getOrDefault(activity, List.of())) {
				reached.people().add(id(counted.get((Long) row[1])));
				reached.registrations().add(id((Long) row[5]));
			}
			store.saveActivity(activity, reached);
		}
		Map<String, List<Integer>> leave = new TreeMap<>();
		Map<String, List<Integer>> join = new TreeMap<>();
		for (long p : all) {
			Optional<Gave> before = store.lockPerson(p);
			Gave now = counted.get(p) == p ? gave.get(p) : null;
			for (int d = 0; d < ReachStore.DIMENSIONS.size(); d++) {
				String was = before.isEmpty() ? null : before.get().code(d);
				String is = now == null ? null : now.code(d);
				if (was != null && !was.equals(is)) {
					leave.computeIfAbsent(ReachStore.DIMENSIONS.get(d) + "\t" + was, k -> new ArrayList<>()).add(id(p));
				}
				if (is != null && !is.equals(was)) {
					join.computeIfAbsent(ReachStore.DIMENSIONS.get(d) + "\t" + is, k -> new ArrayList<>()).add(id(p));
				}
			}
			if (now == null) {
				store.removePerson(p);
			}
			else {
				store.savePerson(p, now);
			}
		}
		Set<String> groups = new TreeSet<>(leave.keySet());
		groups.addAll(join.keySet());
		for (String group : groups) {
			String[] key = group.split("\t", 2);
			RoaringBitmap members = store.lockGroup(key[0], key[1]);
			leave.getOrDefault(group, List.of()).forEach(members::remove);
			join.getOrDefault(group, List.of()).forEach(members::add);
			store.saveGroup(key[0], key[1], members);
		}
	}

	/** What a person gave over several registrations: the greatest of each (a later one may complete an earlier). */
	static Gave greatest(Gave a, Gave b) {
		return new Gave(max(a.sex(), b.sex()), max(a.ageGroup(), b.ageGroup()),
				max(a.governorateCode(), b.governorateCode()));
	}

	private static String max(String a, String b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	static int id(long personId) {
		return Math.toIntExact(personId);
	}

	/** Records a merge (or its undoing) and counts the two records again. */
	@Transactional
	public void merged(long kept, long merged, boolean undone) {
		if (undone) {
			store.unalias(merged);
		}
		else {
			store.alias(merged, kept);
		}
		refreshPeople(List.of(kept, merged));
	}

	/** What a rebuild counted. */
	public record Rebuilt(int activities, int people, long attendances, long millis) {
	}

	/**
	 * Counts everything again from the registrations and attendance, with the merges of {@code network} given
	 * (merged → kept): at start-up while never built, and by the command {@code activities-reach-rebuild}.
	 */
	@Transactional
	public Rebuilt rebuild(Map<Long, Long> merges) {
		long t0 = System.nanoTime();
		store.clear();
		store.replaceAliases(merges);
		Map<Long, ReachStore.Reached> activities = new HashMap<>();
		Map<Long, Gave> gave = new HashMap<>();
		long[] rows = { 0 };
		store.everyAttended((activity, person, given, registration) -> {
			long counted = counted(merges, person);
			ReachStore.Reached reached = activities.computeIfAbsent(activity,
					a -> new ReachStore.Reached(new RoaringBitmap(), new RoaringBitmap()));
			reached.people().add(id(counted));
			reached.registrations().add(id(registration));
			gave.merge(counted, given, ReachKeeper::greatest);
			rows[0]++;
		});
		Map<String, RoaringBitmap> groups = new TreeMap<>();
		gave.forEach((person, g) -> {
			for (int d = 0; d < ReachStore.DIMENSIONS.size(); d++) {
				groups.computeIfAbsent(ReachStore.DIMENSIONS.get(d) + "\t" + g.code(d), k -> new RoaringBitmap())
					.add(id(person));
			}
		});
		store.insertAll(activities, gave, groups);
		store.markBuilt(clock.instant());
		return new Rebuilt(activities.size(), gave.size(), rows[0], (System.nanoTime() - t0) / 1_000_000);
	}

	private static long counted(Map<Long, Long> merges, long person) {
		long id = person;
		for (int hop = 0; hop < 20 && merges.containsKey(id); hop++) {
			id = merges.get(id);
		}
		return id;
	}

	public boolean built() {
		return store.built();
	}
}
