package ps.rasd.polls.domain;

import jakarta.persistence.Embeddable;

/** A quota as stored. */
@Embeddable
record QuotaRow(String variable, String category, int target) {
}
