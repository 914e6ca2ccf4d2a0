-- The coordinators' queue on a million cases (bench/cases.sh). The queue reads the ids of a page first, then its rows,
-- and counts with count(id): the indexes below hold the filters, the order and the id, so both are answered from an
-- index alone, without reading the rows an offset skips, a sort compares or a count counts.

-- a coordinator's governorates, by state (replaces the same index without the id)
drop index cases_case_governorate_idx;
create index cases_case_queue_idx on cases_case (governorate_code, status, created_at, id);

-- ... by sector
create index cases_case_sector_idx on cases_case (governorate_code, sector_code, status, created_at, id);

-- newest or oldest first across states (the queue without filters, deep pages), the governorate checked in the index
create index cases_case_created_idx on cases_case (created_at, id, governorate_code);

-- overdue referrals: the dashboard's count and the deadline jobs (replaces the index on due_at alone, whose every
-- query also names the states)
drop index cases_case_due_idx;
create index cases_case_overdue_idx on cases_case (status, governorate_code, due_at, id);

-- whether a coordinator filed a case outside their governorates (replaces the index on filed_by alone)
drop index cases_case_filed_by_idx;
create index cases_case_filed_by_idx on cases_case (filed_by, governorate_code, id);

-- the duplicates of a case, shown on its page and told of its news (without it, a scan of every case)
create index cases_case_duplicate_of_idx on cases_case (duplicate_of_id);
