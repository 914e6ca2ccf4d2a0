package ps.rasd.activities;

import java.util.List;

/**
 * Donor figures of activities. A person is counted once however many activities they attended. In a public copy
 * small counts are withheld ({@link Count#hidden()}) together with any count that would reveal them.
 *
 * @param activities activities held
 * @param sessions their sessions in the period
 * @param registrations registrations that were not cancelled
 * @param attendees registrations checked in at least once
 * @param people unique people reached (checked in at least once)
 * @param youth of those, aged 18 to 29
 * @param bySex people by sex ({@code F}, {@code M}, empty when not given)
 * @param byAgeGroup people by age group
 * @param byGovernorate people by the governorate they live in
 * @param byTargetGroup people by the target group of the activities they attended
 * @param byKind activities by kind
 */
public record Figures(long activities, long sessions, long registrations, long attendees, Count people, Count youth,
		List<Count> bySex, List<Count> byAgeGroup, List<Count> byGovernorate, List<Count> byTargetGroup,
		List<Count> byKind) {

	/** Attendance rate in percent (attended of registered), {@code null} without registrations. */
	public Long attendanceRate() {
		return registrations == 0 ? null : Math.round(100.0 * attendees / registrations);
	}

	/**
	 * One count.
	 *
	 * @param key the code counted by
	 * @param count how many
	 * @param hidden whether it is withheld in this copy
	 */
	public record Count(String key, long count, boolean hidden) {
	}
}
