package ps.rasd.cases.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;

/** Pages of cases for queues over a million rows. */
public interface CaseFilePages {

	/**
	 * The cases matching the specification, one page in the page's order, with the total count: the same answer as
	 * {@code findAll(spec, pageable)}, read in two steps. First the ids alone, which an index covering the filters,
	 * the order and the id yields without reading any row the offset skips or the sort compares; then the rows of
	 * the page by id.
	 */
	Page<CaseFile> findPage(Specification<CaseFile> spec, Pageable pageable);
}
