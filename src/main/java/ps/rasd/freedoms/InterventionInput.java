package ps.rasd.freedoms;

import java.time.LocalDate;

/**
 * What the forum did and, once known, the response.
 *
 * @param kind the kind of intervention
 * @param addressedTo to whom (a partner legal-aid organisation, an authority), or {@code null}
 * @param madeOn the day it was made
 * @param response the response, or {@code null} while none came
 * @param responseOn the day of the response, or {@code null}
 */
public record InterventionInput(InterventionKind kind, String addressedTo, LocalDate madeOn, String response,
		LocalDate responseOn) {
}
