package ps.rasd.cases.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import ps.rasd.cases.CaseStatus;
import ps.rasd.shared.NotFoundException;

public interface CaseFileRepository
		extends JpaRepository<CaseFile, Long>, JpaSpecificationExecutor<CaseFile>, CaseFilePages {

	Optional<CaseFile> findByReference(String reference);

	/** The cases of these references (those that exist), in one query. */
	List<CaseFile> findByReferenceIn(Collection<String> references);

	/**
	 * The case of a reference as people type it (spaces around, lower case).
	 * @throws NotFoundException {@code cases.not-found}
	 */
	default CaseFile byReference(String reference) {
		return findByReference(reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("cases.not-found"));
	}

	/**
	 * A case by id.
	 * @throws NotFoundException {@code cases.not-found}
	 */
	default CaseFile byId(long id) {
		return findById(id).orElseThrow(() -> new NotFoundException("cases.not-found"));
	}

	/** The next 500 cases after an id, in id order: a whole-table walk that never skips over rows it read. */
	List<CaseFile> findTop500ByIdGreaterThanOrderByIdAsc(long id);

	Optional<CaseFile> findByIdempotencyKey(String key);

	Optional<CaseFile> findByTrackingHash(String hash);

	@Query(value = "select nextval('cases_reference_seq')", nativeQuery = true)
	long nextReferenceNumber();

	/**
	 * The next number of the sequence as a reference with this prefix ({@code RSD-2026-000042}: six digits at
	 * least), or {@code null} when a case already has it — in one statement, as each filing asks.
	 */
	@Query(value = "select case when exists (select 1 from cases_case c where c.reference = r.ref) then null"
			+ " else r.ref end from (select :prefix || case when s.n < 1000000 then lpad(cast(s.n as varchar), 6, '0')"
			+ " else cast(s.n as varchar) end as ref from (select nextval('cases_reference_seq') as n) s) r",
			nativeQuery = true)
	String nextFreeReference(String prefix);

	/** Referrals whose reply is due before the instant and whose reminder has not gone out. */
	@Query("select c from CaseFile c where c.status in :statuses and c.dueAt < :before and c.remindedAt is null")
	List<CaseFile> dueForReminder(@Param("statuses") Collection<CaseStatus> statuses, @Param("before") Instant before,
			Pageable page);

	/** Referrals past their due date not yet marked overdue. */
	@Query("select c from CaseFile c where c.status in :statuses and c.dueAt < :now and c.overdueSince is null")
	List<CaseFile> newlyOverdue(@Param("statuses") Collection<CaseStatus> statuses, @Param("now") Instant now,
			Pageable page);

	/** Open cases of one facility. */
	@Query("select c from CaseFile c where c.facilityId = :facility and c.status in :open and c.id <> :except")
	List<CaseFile> openAtFacility(@Param("facility") long facility, @Param("open") Collection<CaseStatus> open,
			@Param("except") long except, Pageable page);

	/** Open cases inside a box around a point. */
	@Query("select c from CaseFile c where c.latitude between :south and :north and c.longitude between :west and :east"
			+ " and c.status in :open and c.id <> :except")
	List<CaseFile> openWithin(@Param("south") double south, @Param("north") double north,
			@Param("west") double west, @Param("east") double east, @Param("open") Collection<CaseStatus> open,
			@Param("except") long except, Pageable page);

	/** The latest open cases of a governorate and sector, to compare texts with. */
	@Query("select c from CaseFile c where c.governorateCode = :gov and c.sectorCode = :sector and c.status in :open"
			+ " and c.id <> :except order by c.createdAt desc")
	List<CaseFile> openInArea(@Param("gov") String governorate, @Param("sector") String sector,
			@Param("open") Collection<CaseStatus> open, @Param("except") long except, Pageable page);

	@Query("select c.status, count(c) from CaseFile c where c.status in :states and c.governorateCode in :govs"
			+ " group by c.status")
	List<Object[]> countByStatusIn(@Param("states") Collection<CaseStatus> states,
			@Param("govs") Collection<String> governorates);

	@Query("select c.status, count(c) from CaseFile c where c.status in :states group by c.status")
	List<Object[]> countByStatus(@Param("states") Collection<CaseStatus> states);

	@Query("select count(c) from CaseFile c where c.overdueSince is not null and c.status in :statuses"
			+ " and (:all = true or c.governorateCode in :govs)")
	long countOverdue(@Param("statuses") Collection<CaseStatus> statuses, @Param("all") boolean all,
			@Param("govs") Collection<String> governorates);

	List<CaseFile> findByDuplicateOfId(long id);

	/** Referral time, first reply, status and due date of the cases referred to a unit. */
	@Query("select c.referredAt, c.firstReplyAt, c.status, c.dueAt from CaseFile c"
			+ " where c.authorityId = :authority and c.referredAt is not null")
	List<Object[]> referralsOf(@Param("authority") long authorityId);

	/** The same, for the cases referred within a period ({@code from} included, {@code to} excluded). */
	@Query("select c.referredAt, c.firstReplyAt, c.status, c.dueAt from CaseFile c"
			+ " where c.authorityId = :authority and c.referredAt >= :from and c.referredAt < :to")
	List<Object[]> referralsOf(@Param("authority") long authorityId, @Param("from") java.time.Instant from,
			@Param("to") java.time.Instant to);

	/**
	 * The same of the cases referred in a governorate or a sector (either may be {@code null}: any), with the unit
	 * first.
	 */
	@Query("select c.authorityId, c.referredAt, c.firstReplyAt, c.status, c.dueAt from CaseFile c"
			+ " where c.authorityId is not null and c.referredAt is not null"
			+ " and (:gov is null or c.governorateCode = :gov) and (:sector is null or c.sectorCode = :sector)")
	List<Object[]> referralsIn(@Param("gov") String governorateCode, @Param("sector") String sectorCode);

	/** Unit, referral time, first reply, status and due date of the cases referred to these units. */
	@Query("select c.authorityId, c.referredAt, c.firstReplyAt, c.status, c.dueAt from CaseFile c"
			+ " where c.authorityId in :units and c.referredAt is not null")
	List<Object[]> referralsOfUnits(@Param("units") Collection<Long> authorityIds);

	/** Whether the person filed a case outside these governorates. */
	long countByFiledBy(Long filedBy);

	boolean existsByFiledByAndGovernorateCodeNotIn(long filedBy, Collection<String> governorates);
}
