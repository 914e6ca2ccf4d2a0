package ps.rasd.polls;

/**
 * A quota: how many responses of a category of a variable the fieldwork should reach.
 *
 * @param variable the weighting variable's code
 * @param category the category
 * @param target the number of included responses wanted
 */
public record Quota(String variable, String category, int target) {
}
