-- The public median of days from referral to an authority's first reply, without a scan: a histogram of the counted
-- cases' reply times under the same key as cases_public_count (see ReplyBuckets: quarter days under 30 days, whole
-- days under 395, one bucket beyond) with the sum of the exact days in each, kept current by the same writer from the
-- same queue. cases_count_fact keeps the bucket each case is counted in and its exact days (null: not referred or not
-- answered yet).
alter table cases_count_fact add column reply_bucket integer;
alter table cases_count_fact add column reply_days double precision;

create table cases_reply_count (
    governorate_code varchar(2)  not null,
    sector_code      varchar(40) not null,
    authority_id     bigint      not null,
    status           varchar(20) not null,
    filed_month      integer     not null,
    embargo_until    date        not null,
    reply_bucket     integer     not null,
    cases            bigint      not null,
    days_sum         double precision not null,
    primary key (governorate_code, sector_code, authority_id, status, filed_month, embargo_until, reply_bucket)
);

update cases_count_fact set reply_bucket = (
    select case when c.referred_at is null or c.first_reply_at is null then null
                when greatest(0, (extract(epoch from c.first_reply_at) - extract(epoch from c.referred_at)) / 86400.0) < 30
                    then cast(floor(greatest(0, (extract(epoch from c.first_reply_at) - extract(epoch from c.referred_at)) / 86400.0) * 4) as integer)
                when greatest(0, (extract(epoch from c.first_reply_at) - extract(epoch from c.referred_at)) / 86400.0) < 395
                    then 120 + cast(floor(greatest(0, (extract(epoch from c.first_reply_at) - extract(epoch from c.referred_at)) / 86400.0) - 30) as integer)
                else 485 end
    from cases_case c where c.id = cases_count_fact.case_id);

update cases_count_fact set reply_days = (
    select case when c.referred_at is null or c.first_reply_at is null then null
                else greatest(0, (extract(epoch from c.first_reply_at) - extract(epoch from c.referred_at)) / 86400.0) end
    from cases_case c where c.id = cases_count_fact.case_id);

insert into cases_reply_count (governorate_code, sector_code, authority_id, status, filed_month, embargo_until,
                               reply_bucket, cases, days_sum)
select governorate_code, sector_code, authority_id, status, filed_month, embargo_until, reply_bucket, count(*),
       sum(reply_days)
from cases_count_fact
where reply_bucket is not null
group by governorate_code, sector_code, authority_id, status, filed_month, embargo_until, reply_bucket;
