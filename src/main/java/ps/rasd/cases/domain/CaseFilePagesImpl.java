package ps.rasd.cases.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.support.PageableExecutionUtils;

class CaseFilePagesImpl implements CaseFilePages {

	private final EntityManager entities;

	CaseFilePagesImpl(EntityManager entities) {
		this.entities = entities;
	}

	@Override
	public Page<CaseFile> findPage(Specification<CaseFile> spec, Pageable pageable) {
		CriteriaBuilder cb = entities.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<CaseFile> root = query.from(CaseFile.class);
		List<Order> order = pageable.getSort().stream()
			.map(o -> o.isAscending() ? cb.asc(root.get(o.getProperty())) : cb.desc(root.get(o.getProperty())))
			.toList();
		query.select(root.get("id")).where(spec.toPredicate(root, query, cb)).orderBy(order);
		List<Long> ids = entities.createQuery(query)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		Map<Long, CaseFile> rows = ids.isEmpty() ? Map.of()
				: entities.createQuery("select c from CaseFile c where c.id in :ids", CaseFile.class)
					.setParameter("ids", ids)
					.getResultStream()
					.collect(Collectors.toMap(CaseFile::getId, Function.identity()));
		return PageableExecutionUtils.getPage(ids.stream().map(rows::get).toList(), pageable, () -> count(spec));
	}

	private long count(Specification<CaseFile> spec) {
		CriteriaBuilder cb = entities.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<CaseFile> root = query.from(CaseFile.class);
		return entities.createQuery(query.select(cb.count(root)).where(spec.toPredicate(root, query, cb)))
			.getSingleResult();
	}
}
