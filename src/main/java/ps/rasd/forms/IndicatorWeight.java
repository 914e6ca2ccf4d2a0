package ps.rasd.forms;

import ps.rasd.shared.LocalizedText;

/**
 * An indicator a form scores, with its weight in the overall score. Copied into each form version when it is
 * published, so a visit's score stays reproducible when the registry's weights change later.
 *
 * @param code the indicator code in the registry
 * @param name the indicator's name
 * @param weight its weight (> 0)
 * @param higherIsBetter whether a higher indicator score means better service (points are already oriented so)
 */
public record IndicatorWeight(String code, LocalizedText name, double weight, boolean higherIsBetter) {
}
