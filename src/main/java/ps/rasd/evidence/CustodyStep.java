package ps.rasd.evidence;

import java.time.Instant;

/**
 * One step in a file's chain of custody.
 *
 * @param at when
 * @param actorId who (account id)
 * @param action {@code RECEIVED}, {@code STRIPPED}, {@code STORED}, {@code VIEWED}, {@code DOWNLOADED}
 * @param detail the hash or what was removed
 */
public record CustodyStep(Instant at, long actorId, String action, String detail) {
}
