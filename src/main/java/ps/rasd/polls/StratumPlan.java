package ps.rasd.polls;

/**
 * A stratum of the sample design and how many completed interviews it should give.
 *
 * @param code the categories of the strata variables joined by {@code |}, in the order of the variables
 * @param plannedSize the planned number of completed responses
 * @param population the stratum's population when known (for design weights), may be {@code null}
 */
public record StratumPlan(String code, int plannedSize, Long population) {
}
