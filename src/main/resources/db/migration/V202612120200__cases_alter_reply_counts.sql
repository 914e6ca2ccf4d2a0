-- The reply-time histogram without the case's state in its key (the median never filters by state: 310,043 rows for a
-- million cases became 143,616), with indexes for the filters by sector and by authority, and a second histogram by
-- month of filing and embargo day alone for the figures that filter by no place, sector or authority (a few thousand
-- rows). Both kept by the writer of the public counts, from cases_count_fact.
drop table cases_reply_count;

create table cases_reply_count (
    governorate_code varchar(2)  not null,
    sector_code      varchar(40) not null,
    authority_id     bigint      not null,
    filed_month      integer     not null,
    embargo_until    date        not null,
    reply_bucket     integer     not null,
    cases            bigint      not null,
    days_sum         double precision not null,
    primary key (governorate_code, sector_code, authority_id, filed_month, embargo_until, reply_bucket)
);
create index cases_reply_count_sector_idx on cases_reply_count (sector_code);
create index cases_reply_count_authority_idx on cases_reply_count (authority_id);

create table cases_reply_month_count (
    filed_month      integer     not null,
    embargo_until    date        not null,
    reply_bucket     integer     not null,
    cases            bigint      not null,
    days_sum         double precision not null,
    primary key (filed_month, embargo_until, reply_bucket)
);

insert into cases_reply_count (governorate_code, sector_code, authority_id, filed_month, embargo_until, reply_bucket,
                               cases, days_sum)
select governorate_code, sector_code, authority_id, filed_month, embargo_until, reply_bucket, count(*), sum(reply_days)
from cases_count_fact
where reply_bucket is not null
group by governorate_code, sector_code, authority_id, filed_month, embargo_until, reply_bucket;

insert into cases_reply_month_count (filed_month, embargo_until, reply_bucket, cases, days_sum)
select filed_month, embargo_until, reply_bucket, count(*), sum(reply_days)
from cases_count_fact
where reply_bucket is not null
group by filed_month, embargo_until, reply_bucket;
