package ps.rasd.network;

/**
 * One who may attend a meeting, as the door sees them.
 *
 * @param person the record
 * @param name the name
 * @param governorateCode their governorate
 * @param present whether they are marked present
 */
public record Attendee(PersonId person, String name, String governorateCode, boolean present) {
}
