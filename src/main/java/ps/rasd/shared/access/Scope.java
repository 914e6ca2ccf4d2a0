package ps.rasd.shared.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ps.rasd.shared.Tier;

/**
 * Which records a reader reads: a small condition tree over {@link AccessFacts}. It tests one record in memory
 * ({@link #test}) and is rendered to each store by {@link SqlScope}, {@link JpaScope} and the search module, so the
 * same rule answers alike wherever a record is read.
 */
public sealed interface Scope {

	/** Whether the record is in the scope. */
	boolean test(AccessFacts record);

	/** Every record. */
	Scope EVERYTHING = new Everything();

	/** No record. */
	Scope NOTHING = new Nothing();

	/** Records of these governorates. */
	static Scope inGovernorates(Set<String> governorates) {
		return governorates.isEmpty() ? NOTHING : new InGovernorates(Set.copyOf(governorates));
	}

	/** Records made by the account. */
	static Scope ownedBy(long accountId) {
		return accountId <= 0 ? NOTHING : new OwnedBy(accountId);
	}

	/** Records assigned to the account. */
	static Scope assignedTo(long accountId) {
		return accountId <= 0 ? NOTHING : new AssignedTo(accountId);
	}

	/** Records of one of these tiers whose embargo, if any, has ended by now. */
	static Scope released(Set<Tier> tiers, Instant now) {
		return tiers.isEmpty() ? NOTHING : new Released(Set.copyOf(EnumSet.copyOf(tiers)), now);
	}

	/** Records shared with the organisation by name. */
	static Scope sharedWith(Long organisationId) {
		return organisationId == null ? NOTHING : new SharedWith(organisationId);
	}

	/** Records in any of the scopes; simplified (nothing dropped, everything absorbs). */
	static Scope anyOf(Scope... scopes) {
		List<Scope> kept = new ArrayList<>();
		for (Scope scope : scopes) {
			if (scope instanceof Everything) {
				return EVERYTHING;
			}
			if (scope instanceof AnyOf any) {
				kept.addAll(any.scopes());
			}
			else if (!(scope instanceof Nothing)) {
				kept.add(scope);
			}
		}
		return kept.isEmpty() ? NOTHING : kept.size() == 1 ? kept.get(0) : new AnyOf(List.copyOf(kept));
	}

	/** Every record. */
	record Everything() implements Scope {
		@Override
		public boolean test(AccessFacts record) {
			return true;
		}
	}

	/** No record. */
	record Nothing() implements Scope {
		@Override
		public boolean test(AccessFacts record) {
			return false;
		}
	}

	/** Records of these governorates. */
	record InGovernorates(Set<String> governorates) implements Scope {
		@Override
		public boolean test(AccessFacts record) {
			return record.governorate() != null && governorates.contains(record.governorate());
		}
	}

	/** Records made by the account. */
	record OwnedBy(long accountId) implements Scope {
		@Override
		public boolean test(AccessFacts record) {
			return record.ownerId() != null && record.ownerId() == accountId;
		}
	}

	/** Records assigned to the account. */
	record AssignedTo(long accountId) implements Scope {
		@Override
		public boolean test(AccessFacts record) {
			return record.assigneeIds().contains(accountId);
		}
	}

	/** Records of the tiers whose embargo has ended by now. */
	record Released(Set<Tier> tiers, Instant now) implements Scope {
		@Override
		public boolean test(AccessFacts record) {
			return tiers.contains(record.tier())
					&& (record.embargoUntil() == null || !record.embargoUntil().isAfter(now));
		}

		/** The day in Palestine, for embargoes kept as days. */
		public LocalDate today() {
			return LocalDate.ofInstant(now, AccessFacts.ZONE);
		}
	}

	/** Records shared with the organisation by name. */
	record SharedWith(long organisationId) implements Scope {
		@Override
		public boolean test(AccessFacts record) {
			return record.organisationId() != null && record.organisationId() == organisationId;
		}
	}

	/** Records in any of the scopes. */
	record AnyOf(List<Scope> scopes) implements Scope {
		@Override
		public boolean test(AccessFacts record) {
			return scopes.stream().anyMatch(s -> s.test(record));
		}
	}
}
