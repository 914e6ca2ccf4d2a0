package ps.rasd.shared.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * Renders a {@link Scope} to a JPA criteria predicate over an entity whose attributes are named by {@link Fields}.
 * A fact the entity lacks ({@code null} attribute) matches nothing.
 */
public final class JpaScope {

	private JpaScope() {
	}

	/**
	 * The attributes of one entity.
	 *
	 * @param governorate the governorate code attribute
	 * @param tier the {@link ps.rasd.shared.Tier} attribute
	 * @param embargo the embargo attribute ({@code LocalDate} when {@code embargoIsDay}, else {@code Instant})
	 * @param embargoIsDay whether the embargo is kept as a day
	 * @param owner the attribute holding the account id that made the record
	 * @param assigned how "assigned to this account" reads for the entity (a subquery), or {@code null}
	 * @param organisation the attribute holding the partner organisation id
	 */
	public record Fields(String governorate, String tier, String embargo, boolean embargoIsDay, String owner,
			Assigned assigned, String organisation) {
	}

	/** "Assigned to the account" for one entity, usually a subquery on an assignment table. */
	@FunctionalInterface
	public interface Assigned {

		/** The predicate that holds when the record at the root is assigned to the account. */
		Predicate to(long accountId, Root<?> root, CriteriaQuery<?> query, CriteriaBuilder cb);
	}

	/** The predicate that holds for the records in the scope. */
	public static Predicate where(Scope scope, Fields fields, Root<?> root, CriteriaQuery<?> query,
			CriteriaBuilder cb) {
		if (scope instanceof Scope.Everything) {
			return cb.conjunction();
		}
		if (scope instanceof Scope.InGovernorates g && fields.governorate() != null) {
			return root.get(fields.governorate()).in(g.governorates());
		}
		if (scope instanceof Scope.OwnedBy o && fields.owner() != null) {
			return cb.equal(root.get(fields.owner()), o.accountId());
		}
		if (scope instanceof Scope.AssignedTo a && fields.assigned() != null) {
			return fields.assigned().to(a.accountId(), root, query, cb);
		}
		if (scope instanceof Scope.SharedWith s && fields.organisation() != null) {
			return cb.equal(root.get(fields.organisation()), s.organisationId());
		}
		if (scope instanceof Scope.Released r && fields.tier() != null) {
			return released(r, fields, root, cb);
		}
		if (scope instanceof Scope.AnyOf any) {
			List<Predicate> parts = new ArrayList<>();
			for (Scope part : any.scopes()) {
				parts.add(where(part, fields, root, query, cb));
			}
			return cb.or(parts.toArray(new Predicate[0]));
		}
		return cb.disjunction();
	}

	private static Predicate released(Scope.Released released, Fields fields, Root<?> root, CriteriaBuilder cb) {
		Predicate tier = root.get(fields.tier()).in(released.tiers());
		if (fields.embargo() == null) {
			return tier;
		}
		if (fields.embargoIsDay()) {
			Path<LocalDate> day = root.get(fields.embargo());
			return cb.and(tier, cb.or(cb.isNull(day), cb.lessThanOrEqualTo(day, released.today())));
		}
		Path<Instant> at = root.get(fields.embargo());
		return cb.and(tier, cb.or(cb.isNull(at), cb.lessThanOrEqualTo(at, released.now())));
	}
}
