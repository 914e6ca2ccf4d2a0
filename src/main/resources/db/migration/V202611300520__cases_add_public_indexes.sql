-- The public portal on a million published cases (bench/portal.sh).

-- the latest published cases, newest first (home page, findings list, feeds): within the public tier, by publication
create index cases_case_published_idx on cases_case (tier, published_at, id);

-- public figures of a governorate, sector and period (dashboards, map): the filters and the grouped columns
create index cases_case_public_figures_idx on cases_case (tier, governorate_code, sector_code, created_at, status);
