package ps.rasd.network;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A membership of the forum or of a governorate's youth branch.
 *
 * @param id the membership
 * @param person the member
 * @param personName the member's Arabic name
 * @param body forum or youth branch
 * @param governorateCode the branch's governorate (youth branch) or the member's
 * @param kind member, volunteer, youth member, honorary
 * @param status applied, active, ...
 * @param startsOn since
 * @param endsOn until
 * @param duesAmount dues paid, may be {@code null}
 * @param duesPaidOn when
 * @param duesReceipt the receipt number
 * @param version the version to send back with a change
 */
public record MembershipSummary(long id, PersonId person, String personName, MembershipBody body,
		String governorateCode, MembershipKind kind, MembershipStatus status, LocalDate startsOn, LocalDate endsOn,
		BigDecimal duesAmount, LocalDate duesPaidOn, String duesReceipt, long version) {
}
