-- Authority scorecards without a tally of every referral: the cases referred to an authority unit (all tiers, as the
-- scorecards count them) by unit x governorate x sector x confirmed fixed (1) or not (0) x reply bucket (see
-- ReplyBuckets; -1: no reply yet) x due day (the UTC day an open referral without a reply falls due; 1900-01-01: it
-- cannot become overdue), with the sum of the exact days to the first reply, kept current by the writer of the public
-- counts from the same queue. cases_scorecard_fact remembers under which key each referred case is counted now (and its
-- exact due time, for the referrals falling due today).
create table cases_scorecard_fact (
    case_id          bigint      not null primary key,
    authority_id     bigint      not null,
    governorate_code varchar(2)  not null,
    sector_code      varchar(40) not null,
    fixed            integer     not null,
    reply_bucket     integer     not null,
    due_day          date        not null,
    reply_days       double precision,
    due_at           timestamp with time zone
);
create index cases_scorecard_fact_due_idx on cases_scorecard_fact (due_day);

create table cases_scorecard_count (
    authority_id     bigint      not null,
    governorate_code varchar(2)  not null,
    sector_code      varchar(40) not null,
    fixed            integer     not null,
    reply_bucket     integer     not null,
    due_day          date        not null,
    cases            bigint      not null,
    days_sum         double precision not null,
    primary key (authority_id, governorate_code, sector_code, fixed, reply_bucket, due_day)
);
create index cases_scorecard_count_area_idx on cases_scorecard_count (governorate_code, sector_code);
create index cases_scorecard_count_sector_idx on cases_scorecard_count (sector_code);

insert into cases_scorecard_fact (case_id, authority_id, governorate_code, sector_code, fixed, reply_bucket, due_day,
                                  reply_days, due_at)
select id, authority_id, governorate_code, sector_code,
       case when status = 'CONFIRMED_FIXED' then 1 else 0 end,
       case when first_reply_at is null then -1
            when greatest(0, (extract(epoch from first_reply_at) - extract(epoch from referred_at)) / 86400.0) < 30
                then cast(floor(greatest(0, (extract(epoch from first_reply_at) - extract(epoch from referred_at)) / 86400.0) * 4) as integer)
            when greatest(0, (extract(epoch from first_reply_at) - extract(epoch from referred_at)) / 86400.0) < 395
                then 120 + cast(floor(greatest(0, (extract(epoch from first_reply_at) - extract(epoch from referred_at)) / 86400.0) - 30) as integer)
            else 485 end,
       case when first_reply_at is null and due_at is not null and status in ('REFERRED', 'ESCALATED')
            then cast((due_at at time zone 'UTC') as date) else date '1900-01-01' end,
       case when first_reply_at is null then null
            else greatest(0, (extract(epoch from first_reply_at) - extract(epoch from referred_at)) / 86400.0) end,
       due_at
from cases_case
where authority_id is not null and referred_at is not null;

insert into cases_scorecard_count (authority_id, governorate_code, sector_code, fixed, reply_bucket, due_day, cases,
                                   days_sum)
select authority_id, governorate_code, sector_code, fixed, reply_bucket, due_day, count(*), coalesce(sum(reply_days), 0)
from cases_scorecard_fact
group by authority_id, governorate_code, sector_code, fixed, reply_bucket, due_day;
