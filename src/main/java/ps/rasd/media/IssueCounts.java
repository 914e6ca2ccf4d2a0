package ps.rasd.media;

/**
 * What became of an issue's mails: counts only (no tracking pixel, no link tracking).
 *
 * @param queued mails queued
 * @param sent mails the mail server accepted
 * @param failed mails given up on or refused
 * @param waiting mails not sent yet
 * @param unsubscribed readers who left from this issue's link
 * @param bounced addresses suppressed after this issue (failing or bounced)
 */
public record IssueCounts(int queued, long sent, long failed, long waiting, long unsubscribed, long bounced) {
}
