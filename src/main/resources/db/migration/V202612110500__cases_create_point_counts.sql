-- The public map's grid of published cases without a scan: the counted cases by square of a hundredth of a degree
-- (latitude and longitude floored to 0.01°, about 1 km) and embargo day, kept current by the same writer from the same
-- queue as cases_public_count. The map gathers these squares into its grid (rasd.map.grid-degrees, a multiple of
-- 0.01°). cases_count_fact keeps the square each case is counted in (null: no position).
alter table cases_count_fact add column lat_cell integer;
alter table cases_count_fact add column lon_cell integer;

create table cases_point_count (
    lat_cell      integer not null,
    lon_cell      integer not null,
    embargo_until date    not null,
    cases         bigint  not null,
    primary key (lat_cell, lon_cell, embargo_until)
);

update cases_count_fact set
    lat_cell = (select cast(floor(c.latitude * 100) as integer) from cases_case c where c.id = cases_count_fact.case_id),
    lon_cell = (select cast(floor(c.longitude * 100) as integer) from cases_case c where c.id = cases_count_fact.case_id);

insert into cases_point_count (lat_cell, lon_cell, embargo_until, cases)
select lat_cell, lon_cell, embargo_until, count(*)
from cases_count_fact
where lat_cell is not null and lon_cell is not null
group by lat_cell, lon_cell, embargo_until;
