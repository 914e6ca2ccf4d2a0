package ps.rasd.polls.domain;

import jakarta.persistence.Embeddable;

/** A planned stratum as stored. */
@Embeddable
record StratumRow(String code, int plannedSize, Long population) {
}
