package ps.rasd.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list, as the JSON API returns it.
 *
 * @param items the records of this page
 * @param page the zero-based page number
 * @param size the page size asked for
 * @param totalItems how many records match in all
 * @param totalPages how many pages there are
 */
public record PageResult<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	/** Maps a Spring Data page to a page result. */
	public static <S, T> PageResult<T> of(Page<S> page, Function<S, T> mapper) {
		return new PageResult<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

	/** Whether there is a page after this one. */
	public boolean hasNext() {
		return (long) page + 1 < totalPages;
	}

	/** Whether there is a page before this one. */
	public boolean hasPrevious() {
		return page > 0;
	}
}
