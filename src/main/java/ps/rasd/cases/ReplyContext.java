package ps.rasd.cases;

import java.time.Instant;

/**
 * What the authority sees on its reply page.
 *
 * @param summary the case (its public fields are shown)
 * @param authorityId the unit the link was made for
 * @param expiresAt when the link stops working
 */
public record ReplyContext(CaseSummary summary, long authorityId, Instant expiresAt) {
}
