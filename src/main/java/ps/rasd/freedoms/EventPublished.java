package ps.rasd.freedoms;

import ps.rasd.shared.Tier;

/**
 * A documenter published (or withdrew, tier {@code INTERNAL}) the redacted copy of an event.
 *
 * @param reference the event
 * @param governorateCode its governorate
 * @param tier who may now read the copy
 */
public record EventPublished(String reference, String governorateCode, Tier tier) {
}
