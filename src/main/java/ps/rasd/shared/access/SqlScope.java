package ps.rasd.shared.access;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import ps.rasd.shared.sql.SqlConditions;

/**
 * Renders a {@link Scope} to a SQL condition with bound parameters, for a table whose columns are named by
 * {@link Fields}. A fact the table lacks ({@code null} column) matches nothing.
 */
public final class SqlScope {

	private SqlScope() {
	}

	/**
	 * The columns of one table (qualified with an alias where the query needs it).
	 *
	 * @param governorate the governorate's PCBS code column
	 * @param tier the tier column (the {@link ps.rasd.shared.Tier} name)
	 * @param embargo the embargo column
	 * @param embargoIsDay whether the embargo column is a {@code date} (else a {@code timestamp with time zone})
	 * @param owner the column of the account that made the record
	 * @param assigned a condition with one {@code ?} for the account id that holds when the record is assigned to
	 * it, e.g. {@code id in (select case_id from cases_follow_up where monitor_id = ?)}
	 * @param organisation the column of the partner organisation the record is shared with
	 */
	public record Fields(String governorate, String tier, String embargo, boolean embargoIsDay, String owner,
			String assigned, String organisation) {
	}

	/** The condition that holds for the records in the scope. */
	public static SqlConditions where(Scope scope, Fields fields) {
		if (scope instanceof Scope.Everything) {
			return new SqlConditions();
		}
		if (scope instanceof Scope.InGovernorates g && fields.governorate() != null) {
			return new SqlConditions().in(fields.governorate(), g.governorates());
		}
		if (scope instanceof Scope.OwnedBy o && fields.owner() != null) {
			return new SqlConditions().and(fields.owner() + " = ?", o.accountId());
		}
		if (scope instanceof Scope.AssignedTo a && fields.assigned() != null) {
			return new SqlConditions().and(fields.assigned(), a.accountId());
		}
		if (scope instanceof Scope.SharedWith s && fields.organisation() != null) {
			return new SqlConditions().and(fields.organisation() + " = ?", s.organisationId());
		}
		if (scope instanceof Scope.Released r && fields.tier() != null) {
			return released(r, fields);
		}
		if (scope instanceof Scope.AnyOf any) {
			List<SqlConditions> parts = new ArrayList<>();
			for (Scope part : any.scopes()) {
				parts.add(where(part, fields));
			}
			return new SqlConditions().anyOf(parts);
		}
		return nothing();
	}

	private static SqlConditions released(Scope.Released released, Fields fields) {
		SqlConditions where = new SqlConditions().in(fields.tier(),
				released.tiers().stream().map(Enum::name).sorted().toList());
		if (fields.embargo() != null) {
			Object now = fields.embargoIsDay() ? released.today() : Timestamp.from(released.now());
			where.and("(" + fields.embargo() + " is null or " + fields.embargo() + " <= ?)", now);
		}
		return where;
	}

	private static SqlConditions nothing() {
		return new SqlConditions().and("1 = 0");
	}
}
