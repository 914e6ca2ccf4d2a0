package ps.rasd.network;

/**
 * A saved list of people: static (members added by hand) or a segment (a saved filter, counted when read).
 *
 * @param id the group
 * @param name its name
 * @param segment whether it is a saved filter
 * @param filter the filter of a segment, or {@code null}
 * @param size how many people it holds now (of those the reader may read)
 */
public record GroupSummary(long id, String name, boolean segment, SegmentFilter filter, long size) {
}
