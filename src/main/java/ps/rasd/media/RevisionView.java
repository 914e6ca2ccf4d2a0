package ps.rasd.media;

import java.time.Instant;

/**
 * A saved revision of a page or post.
 *
 * @param revision its number, from 1
 * @param titleAr the Arabic title it had
 * @param bodyAr the Arabic body it had (safe HTML)
 * @param savedAt when it was saved
 * @param savedBy the account that saved it, may be {@code null}
 */
public record RevisionView(int revision, String titleAr, String bodyAr, Instant savedAt, Long savedBy) {
}
