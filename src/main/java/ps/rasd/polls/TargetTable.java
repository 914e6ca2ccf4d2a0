package ps.rasd.polls;

import java.time.Instant;

import ps.rasd.polls.analysis.PopulationTargetTable;

/**
 * A stored table of population targets: the checked table, with its id, row version and whether it came from the
 * seed data.
 *
 * @param id the table's id
 * @param version the row version an editor saw
 * @param seeded whether it was loaded from the seed data at start-up (it may have been edited since)
 * @param updatedAt when it last changed
 * @param table the variable, names, source, year, kind and rows
 */
public record TargetTable(long id, long version, boolean seeded, Instant updatedAt, PopulationTargetTable table) {
}
