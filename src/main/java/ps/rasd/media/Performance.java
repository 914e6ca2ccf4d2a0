package ps.rasd.media;

import java.time.LocalDate;

/**
 * One performance (or screening) of a production.
 *
 * @param id the id
 * @param venue where, e.g. {@code مركز شباب مخيم الفوار}
 * @param performedOn the day
 * @param audience how many came
 */
public record Performance(long id, String venue, LocalDate performedOn, int audience) {
}
