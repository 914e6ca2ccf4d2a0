package ps.rasd.network;

import java.util.List;

/**
 * A governorate's youth branch at a glance.
 *
 * @param governorateCode the governorate
 * @param coordinator the branch coordinator's record, or {@code null}
 * @param coordinatorName the coordinator's name, or {@code null}
 * @param active active members
 * @param applied applications waiting
 * @param members the active members, by name (a page)
 * @param applications the applications waiting
 * @param work visits and cases of the members with linked accounts, meetings attended
 */
public record BranchSummary(String governorateCode, PersonId coordinator, String coordinatorName, long active,
		long applied, List<MembershipSummary> members, List<MembershipSummary> applications, PersonWork work) {
}
