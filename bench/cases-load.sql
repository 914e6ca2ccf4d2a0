-- A year of synthetic cases for the benchmarks (bench/cases.sh, bench/portal.sh), loaded on top of the demo data:
-- psql -v cases=1000000 -f bench/cases-load.sql. Every governorate (by population) and sector, in filing order, with
-- their states spread as a year leaves them, the step that brought each where it stands, and a sealed reporter.
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
-- the governorates weighted by their 2017 population
create temporary table bench_gov as
select code, (sum(population_2017) over (order by code) - population_2017)::float8 / sum(population_2017) over () as lo,
       sum(population_2017) over (order by code)::float8 / sum(population_2017) over () as hi
from geography_governorate;
-- the sectors, weighted: most complaints are about water, electricity, municipal services and health
create temporary table bench_sector (code varchar(40), lo float8, hi float8);
insert into bench_sector values ('WATER', 0, .20), ('ELECTRICITY', .20, .34), ('MUNICIPAL', .34, .52),
  ('HEALTH', .52, .70), ('EDUCATION', .70, .82), ('SOCIAL', .82, .89), ('TRANSPORT', .89, .95), ('LABOUR', .95, 1.0001);
-- two or three stories per sector (title, description)
create temporary table bench_story (sector varchar(40), n int, title varchar(200), description varchar(8000));
insert into bench_story values
 ('HEALTH', 0, 'نقص في أدوية الأمراض المزمنة', 'لا يتوفر دواء الضغط والسكري في صيدلية المركز منذ أسابيع، ويُطلب من المرضى شراؤه من الخارج.'),
 ('HEALTH', 1, 'غياب الطبيب في أيام الدوام', 'يحضر الطبيب يومين فقط في الأسبوع بدل خمسة، والمرضى ينتظرون ساعات ثم يعودون دون معاينة.'),
 ('HEALTH', 2, 'انتظار طويل في قسم الطوارئ', 'ينتظر المرضى أكثر من ثلاث ساعات في الطوارئ، ولا يوجد نظام فرز واضح.'),
 ('EDUCATION', 0, 'اكتظاظ الصفوف', 'في الصف أكثر من خمسة وأربعين طالباً، والمقاعد لا تكفي والتهوية سيئة.'),
 ('EDUCATION', 1, 'سقف الصف يسرب المياه', 'يتسرب ماء المطر من سقف غرفتين صفيتين، ونُقل الطلاب إلى الممر.'),
 ('EDUCATION', 2, 'نقص في المعلمين', 'لا يوجد معلم رياضيات للصف التاسع منذ بداية الفصل.'),
 ('WATER', 0, 'انقطاع المياه عن الحي', 'المياه مقطوعة عن الحي منذ أكثر من أسبوع، والأهالي يشترون المياه بالصهاريج بأسعار عالية.'),
 ('WATER', 1, 'تلوث مياه الشرب', 'لون المياه بني ورائحتها كريهة بعد إصلاح الخط الرئيسي.'),
 ('WATER', 2, 'فيضان الصرف الصحي في الشارع', 'تفيض مياه الصرف الصحي في الشارع قرب المدرسة منذ أيام.'),
 ('ELECTRICITY', 0, 'انقطاع متكرر للكهرباء', 'تنقطع الكهرباء عدة مرات يومياً لساعات، وتعطلت أجهزة في البيوت.'),
 ('ELECTRICITY', 1, 'أعمدة كهرباء مائلة', 'عمود كهرباء مائل فوق الطريق قرب المدرسة ويخشى الأهالي سقوطه.'),
 ('MUNICIPAL', 0, 'تراكم النفايات', 'لم تُجمع النفايات من الحي منذ عشرة أيام، والروائح والحشرات في ازدياد.'),
 ('MUNICIPAL', 1, 'حفرة كبيرة في الطريق', 'حفرة عميقة في الشارع الرئيسي تسببت بحوادث، ولا توجد إشارة تحذير.'),
 ('MUNICIPAL', 2, 'إنارة الشارع معطلة', 'إنارة الشارع معطلة منذ شهرين، والطريق مظلم تماماً ليلاً.'),
 ('SOCIAL', 0, 'تأخر صرف المساعدات النقدية', 'لم تُصرف دفعة المساعدات النقدية للأسر الفقيرة منذ ثلاثة أشهر دون أي توضيح.'),
 ('SOCIAL', 1, 'رفض طلب مساعدة دون سبب', 'رُفض طلب أسرة فيها شخص ذو إعاقة دون زيارة ميدانية أو سبب مكتوب.'),
 ('LABOUR', 0, 'تأخر تصاريح العمل', 'ينتظر العمال تصاريحهم منذ أسابيع، ومكتب العمل لا يرد على الهاتف.'),
 ('LABOUR', 1, 'إغلاق مكتب التشغيل', 'مكتب التشغيل مغلق معظم أيام الأسبوع، ولا يعلن عن مواعيد بديلة.'),
 ('TRANSPORT', 0, 'لا مواصلات إلى القرية', 'توقفت الحافلة الوحيدة إلى القرية، ويمشي الطلاب والعمال مسافات طويلة.'),
 ('TRANSPORT', 1, 'أجرة أعلى من التسعيرة', 'يطلب السائقون أجرة أعلى من التسعيرة الرسمية على خط المدينة.');
-- the search key as ArabicText.searchKey folds it (hamza forms, taa marbuta, alef maqsura, tashkeel, punctuation)
alter table bench_story add column search_key varchar(9000);
update bench_story set search_key = trim(regexp_replace(
  translate(title || ' ' || description, 'أإآٱئىةؤًٌٍَُِّْـء', 'اااايیهو'), '[^[:alnum:]]+', ' ', 'g'));
update bench_story set search_key = translate(search_key, 'ی', 'ي');
create temporary table bench_story_count as select sector, count(*) as n from bench_story group by sector;
-- facilities and places numbered per governorate (and sector), to pick one at random by number
create temporary table bench_facility as
select f.id, f.governorate_code, s.code as sector, f.place_id, f.latitude, f.longitude, f.authority_id, f.name_ar,
       row_number() over (partition by f.governorate_code, s.code order by f.id) - 1 as rn,
       count(*) over (partition by f.governorate_code, s.code) as n
from registry_facility f join registry_sector s on s.id = f.sector_id;
create temporary table bench_place as
select id, governorate_code, latitude, longitude, name_ar,
       row_number() over (partition by governorate_code order by id) - 1 as rn,
       count(*) over (partition by governorate_code) as n
from geography_place;
-- the unit a case of a governorate and sector is referred to: the local directorate or municipality, else the ministry
create temporary table bench_unit as
select g.code as governorate_code, s.code as sector, coalesce(
  (select min(a.id) from registry_authority a where a.sector_id = s.id and a.governorate_code = g.code),
  (select min(a.id) from registry_authority a where a.sector_id = s.id and a.parent_id is null)) as authority_id
from geography_governorate g cross join registry_sector s;
-- statuses by age, like a real year: recent cases wait for verification or a reply, most old ones are closed
create temporary table bench_status (band int, status varchar(20), lo float8, hi float8);
insert into bench_status
select band, status, coalesce(sum(w) over (partition by band order by ord rows between unbounded preceding and 1 preceding), 0) / 100.0,
       sum(w) over (partition by band order by ord) / 100.0 + case when ord = max(ord) over (partition by band) then 0.0001 else 0 end
from (values
  (0, 1, 'SUBMITTED', 60), (0, 2, 'NEEDS_INFO', 10), (0, 3, 'VERIFIED', 20), (0, 4, 'REFERRED', 10),
  (1, 1, 'SUBMITTED', 5), (1, 2, 'NEEDS_INFO', 5), (1, 3, 'VERIFIED', 10), (1, 4, 'REFERRED', 45),
  (1, 5, 'ACKNOWLEDGED', 15), (1, 6, 'IN_PROGRESS', 10), (1, 7, 'REJECTED', 5), (1, 8, 'DUPLICATE', 5),
  (2, 1, 'REFERRED', 10), (2, 2, 'ESCALATED', 5), (2, 3, 'ACKNOWLEDGED', 8), (2, 4, 'IN_PROGRESS', 15),
  (2, 5, 'ACTION_SCHEDULED', 10), (2, 6, 'NOT_RESPONSIBLE', 3), (2, 7, 'RESOLVED', 12), (2, 8, 'CONFIRMED_FIXED', 20),
  (2, 9, 'REOPENED', 2), (2, 10, 'REJECTED', 6), (2, 11, 'DUPLICATE', 4), (2, 12, 'CLOSED_UNRESOLVED', 5),
  (3, 1, 'CONFIRMED_FIXED', 55), (3, 2, 'CLOSED_UNRESOLVED', 12), (3, 3, 'REJECTED', 10), (3, 4, 'DUPLICATE', 6),
  (3, 5, 'REFERRED', 3), (3, 6, 'ESCALATED', 2), (3, 7, 'IN_PROGRESS', 4), (3, 8, 'ACTION_SCHEDULED', 3),
  (3, 9, 'RESOLVED', 2), (3, 10, 'REOPENED', 2), (3, 11, 'NOT_RESPONSIBLE', 1)) m(band, ord, status, w);

create temporary table bench_start as select coalesce(max(id), 0) as id from cases_case;

-- 1. the cases, in filing order (ids and references grow with time, as they do in production)
create temporary table bench_case as
select n, now() - random() * interval '365 days' as created_at, random() as r_gov, random() as r_sector,
       random() as r_status, random() as r_story, random() as r_where, random() as u1, random() as u2, random() as u3,
       random() as r_source, random() as r_tier
from generate_series(1, :cases) n;
create temporary table bench_row as
select c.*, g.code as governorate_code, s.code as sector, st.status,
       extract(epoch from now() - c.created_at) as span
from bench_case c
join bench_gov g on c.r_gov >= g.lo and c.r_gov < g.hi
join bench_sector s on c.r_sector >= s.lo and c.r_sector < s.hi
join bench_status st on st.band = case when c.created_at > now() - interval '3 days' then 0
    when c.created_at > now() - interval '14 days' then 1 when c.created_at > now() - interval '60 days' then 2 else 3 end
  and c.r_status >= st.lo and c.r_status < st.hi;

insert into cases_case (reference, title, description, governorate_code, place_id, facility_id, sector_code, latitude,
    longitude, status, source, filed_by, authority_id, referred_at, due_at, reminded_at, overdue_since, first_reply_at,
    resolved_at, closed_at, tier, search_key, tracking_hash, created_at, updated_at, version)
select 'RSD-' || extract(year from t.created_at at time zone 'UTC') || '-' || regexp_replace('00000' || nextval('cases_reference_seq'), '^0*([0-9]{6,})$', '\1'),
       case when t.facility_id is null and t.place_name is not null then t.title || ' — ' || t.place_name else t.title end,
       t.description, t.governorate_code, t.place_id, t.facility_id, t.sector, t.latitude, t.longitude, t.status, t.source,
       t.filed_by, t.authority_id, t.referred_at, t.due_at,
       case when t.status in ('REFERRED', 'ESCALATED') and t.due_at - interval '2 days' < now() then t.due_at - interval '2 days' end,
       case when t.status in ('REFERRED', 'ESCALATED') and t.due_at < now() then t.due_at + interval '1 hour' end,
       t.first_reply_at, t.resolved_at, t.closed_at,
       case when t.closed_at is null or t.r_tier < .6 then 'INTERNAL' when t.r_tier < .7 then 'PARTNERS' else 'PUBLIC' end,
       t.search_key, encode(sha256(('bench-case-' || t.n)::bytea), 'hex'), t.created_at,
       greatest(t.created_at, t.referred_at, t.first_reply_at, t.resolved_at, t.closed_at), 1
from (
  select r.*, st.title, st.description, st.search_key,
         case when f.id is not null then f.place_id else p.id end as place_id, f.id as facility_id,
         coalesce(f.latitude, p.latitude + (r.u3 - 0.5) * 0.01) as latitude,
         coalesce(f.longitude, p.longitude + (r.u2 - 0.5) * 0.01) as longitude,
         case when f.id is null then p.name_ar end as place_name,
         case when r.r_source < .45 then 'PUBLIC' when r.r_source < .75 then 'STAFF' when r.r_source < .9 then 'VISIT' else 'API' end as source,
         case when r.r_source < .45 then null when r.r_source < .47 and co.account_id is not null then co.account_id
              when r.r_source < .9 then m.id else partner.id end as filed_by,
         case when r.status in ('SUBMITTED', 'NEEDS_INFO', 'VERIFIED', 'REJECTED', 'DUPLICATE') then null
              else coalesce(f.authority_id, u.authority_id) end as authority_id,
         ref.referred_at, ref.referred_at + case when r.status = 'ESCALATED' then interval '28 days' else interval '14 days' end as due_at,
         rep.first_reply_at, res.resolved_at,
         case when r.status = 'CONFIRMED_FIXED' then res.resolved_at + (now() - res.resolved_at) * 0.2
              when r.status in ('REJECTED', 'DUPLICATE') then r.created_at + (now() - r.created_at) * (0.02 + 0.05 * r.u1)
              when r.status = 'CLOSED_UNRESOLVED' then rep.first_reply_at + (now() - rep.first_reply_at) * 0.4 end as closed_at
  from bench_row r
  join bench_story_count sc on sc.sector = r.sector
  join bench_story st on st.sector = r.sector and st.n = floor(r.r_story * sc.n)
  left join bench_facility f on f.governorate_code = r.governorate_code and f.sector = r.sector
    and r.sector in ('HEALTH', 'EDUCATION', 'SOCIAL') and r.r_where < .7 and f.rn = floor(r.r_where / .7 * f.n)
  left join bench_place p on f.id is null and p.governorate_code = r.governorate_code and p.rn = floor(r.r_where * p.n)
  left join bench_unit u on u.governorate_code = r.governorate_code and u.sector = r.sector
  left join identity_account m on m.username = case when r.governorate_code = '50' then 'monitor' else 'monitor-' || r.governorate_code end
  left join identity_account_governorate co on co.governorate_code = r.governorate_code
    and co.account_id = (select id from identity_account where username = 'coordinator')
  left join identity_account partner on partner.username = 'partner'
  cross join lateral (select case when r.status in ('SUBMITTED', 'NEEDS_INFO', 'VERIFIED', 'REJECTED', 'DUPLICATE') then null
      else r.created_at + (now() - r.created_at) * (0.02 + 0.08 * r.u1) end as referred_at) ref
  cross join lateral (select case when r.status in ('ACKNOWLEDGED', 'IN_PROGRESS', 'ACTION_SCHEDULED', 'NOT_RESPONSIBLE',
      'RESOLVED', 'CONFIRMED_FIXED', 'REOPENED', 'CLOSED_UNRESOLVED')
      then ref.referred_at + (now() - ref.referred_at) * (0.05 + 0.25 * r.u2) end as first_reply_at) rep
  cross join lateral (select case when r.status in ('RESOLVED', 'CONFIRMED_FIXED', 'REOPENED')
      then rep.first_reply_at + (now() - rep.first_reply_at) * (0.1 + 0.4 * r.u3) end as resolved_at) res
  order by r.created_at
) t;
-- duplicates follow an earlier case
analyze cases_case;
update cases_case c set duplicate_of_id = (select o.id from cases_case o
    where o.id < c.id - c.id % 40 and o.id > (select id from bench_start) order by o.id desc limit 1)
  where c.status = 'DUPLICATE' and c.id > (select id from bench_start);

-- 2. the timeline: the filing, and the step that brought the case to where it stands
create temporary table bench_step (status varchar(20), action varchar(30), from_status varchar(20), actor_kind varchar(30),
  note varchar(400));
insert into bench_step values
 ('NEEDS_INFO', 'REQUEST_INFO', 'SUBMITTED', 'COORDINATOR', 'نرجو تحديد اسم الحي أو المرفق بدقة.'),
 ('VERIFIED', 'VERIFY', 'SUBMITTED', 'COORDINATOR', 'تواصلنا مع مقدم الشكوى وتأكدنا من التفاصيل.'),
 ('REFERRED', 'REFER', 'VERIFIED', 'COORDINATOR', 'أحيلت الحالة إلى الجهة المسؤولة.'),
 ('ESCALATED', 'ESCALATE', 'REFERRED', 'COORDINATOR', 'لم ترد الجهة في الموعد، فصُعّدت إلى الجهة الأعلى.'),
 ('ACKNOWLEDGED', 'REPLY_ACKNOWLEDGED', 'REFERRED', 'AUTHORITY', 'تم التواصل مع الجهة الفنية وسيتم المتابعة.'),
 ('IN_PROGRESS', 'REPLY_IN_PROGRESS', 'REFERRED', 'AUTHORITY', 'تم التواصل مع الجهة الفنية وسيتم المتابعة.'),
 ('ACTION_SCHEDULED', 'REPLY_SCHEDULED', 'REFERRED', 'AUTHORITY', 'أدرجت المشكلة ضمن خطة العمل لهذا الشهر.'),
 ('NOT_RESPONSIBLE', 'REPLY_NOT_RESPONSIBLE', 'REFERRED', 'AUTHORITY', 'المشكلة خارج صلاحياتنا، وهي من مسؤولية البلدية.'),
 ('RESOLVED', 'REPLY_RESOLVED', 'REFERRED', 'AUTHORITY', 'تمت معالجة المشكلة وإعادة الخدمة.'),
 ('CONFIRMED_FIXED', 'CONFIRM_FIX', 'RESOLVED', 'COORDINATOR', 'زار راصد الموقع وتأكد من حل المشكلة.'),
 ('REOPENED', 'REOPEN', 'RESOLVED', 'COORDINATOR', 'زار راصد الموقع ووجد المشكلة ما زالت قائمة.'),
 ('REJECTED', 'REJECT', 'SUBMITTED', 'COORDINATOR', 'الشكوى لا تتعلق بخدمة عامة.'),
 ('DUPLICATE', 'MARK_DUPLICATE', 'SUBMITTED', 'COORDINATOR', 'الحالة نفسها مسجلة من قبل.'),
 ('CLOSED_UNRESOLVED', 'CLOSE_UNRESOLVED', 'NOT_RESPONSIBLE', 'COORDINATOR', 'لم تحدد أي جهة مسؤوليتها عن المشكلة.');
insert into cases_event (case_id, action, from_status, to_status, actor_kind, actor_id, authority_id, at, internal_note,
    public_note)
select c.id, e.action, e.from_status, e.to_status, e.actor_kind, e.actor_id, e.authority_id, e.at, e.internal_note, e.public_note
from cases_case c
cross join lateral (
  select 0 as k, 'FILED' as action, null as from_status, 'SUBMITTED' as to_status, 'REPORTER' as actor_kind,
         c.filed_by as actor_id, null::bigint as authority_id, c.created_at as at, null as internal_note, null as public_note
  union all
  select 1, s.action, s.from_status, c.status, s.actor_kind, case when s.actor_kind = 'COORDINATOR' then a.id end,
         case when s.actor_kind = 'AUTHORITY' or s.action in ('REFER', 'ESCALATE') then c.authority_id end, c.updated_at,
         case when s.actor_kind = 'AUTHORITY' then s.note end, case when s.actor_kind <> 'AUTHORITY' then s.note end
  from bench_step s left join identity_account a on a.username = 'coordinator' where s.status = c.status) e
where c.id > (select id from bench_start)
order by c.id, e.k;

-- 3. the sealed reporters: four in ten anonymous, some with a phone, a few with an e-mail for updates
insert into cases_reporter (case_id, name, phone, email, anonymous, wants_updates, language, erased_at)
select c.id,
       case when r.r < .6 then (array['أحمد محمود', 'فاطمة خليل', 'محمد عودة', 'سناء يوسف', 'خالد جبر', 'ريم ناصر'])[1 + (c.id % 6)] end,
       case when r.r < .5 then '0599' || lpad((c.id % 1000000)::text, 6, '0') end,
       case when r.r < .12 then 'reporter' || c.id || '@example.org' end,
       r.r >= .6, r.r < .12, case when r.r < .02 then 'en' else 'ar' end, null
from cases_case c cross join lateral (select random() + 0 * c.id as r) r
where c.id > (select id from bench_start);
-- the contacts of cases closed more than 180 days ago have been erased, as the retention job does
update cases_reporter r set name = null, phone = null, email = null, erased_at = c.closed_at + interval '180 days'
from cases_case c where c.id = r.case_id and c.id > (select id from bench_start) and c.closed_at < now() - interval '180 days';
-- 4. the public counts, the reply-time histograms, the map's squares and the authority scorecards, as PublicCounts.rebuild (the public-counts-rebuild command)
-- fills them: the loaded cases were written straight into the table, not queued by the application
delete from cases_count_queue;
delete from cases_count_fact;
delete from cases_public_count;
delete from cases_reply_count;
delete from cases_reply_month_count;
delete from cases_point_count;
delete from cases_scorecard_fact;
delete from cases_scorecard_count;
insert into cases_count_fact (case_id, governorate_code, sector_code, authority_id, status, filed_month, embargo_until,
                              reply_bucket, reply_days, lat_cell, lon_cell)
select id, governorate_code, sector_code, coalesce(authority_id, 0), status,
       cast(extract(year from (created_at at time zone 'Asia/Hebron')) as integer) * 100
           + cast(extract(month from (created_at at time zone 'Asia/Hebron')) as integer),
       coalesce(embargo_until, date '1900-01-01'),
       case when referred_at is null or first_reply_at is null then null
            when extract(epoch from first_reply_at - referred_at) / 86400.0 < 30
                then cast(floor(greatest(0, extract(epoch from first_reply_at - referred_at) / 86400.0) * 4) as integer)
            when extract(epoch from first_reply_at - referred_at) / 86400.0 < 395
                then 120 + cast(floor(extract(epoch from first_reply_at - referred_at) / 86400.0 - 30) as integer)
            else 485 end,
       case when referred_at is null or first_reply_at is null then null
            else greatest(0, extract(epoch from first_reply_at - referred_at) / 86400.0) end,
       cast(floor(latitude * 100) as integer), cast(floor(longitude * 100) as integer)
from cases_case where tier = 'PUBLIC' and public_title is not null;
insert into cases_public_count (governorate_code, sector_code, authority_id, status, filed_month, embargo_until, cases)
select governorate_code, sector_code, authority_id, status, filed_month, embargo_until, count(*)
from cases_count_fact group by governorate_code, sector_code, authority_id, status, filed_month, embargo_until;
insert into cases_reply_count (governorate_code, sector_code, authority_id, filed_month, embargo_until,
                               reply_bucket, cases, days_sum)
select governorate_code, sector_code, authority_id, filed_month, embargo_until, reply_bucket, count(*),
       sum(reply_days)
from cases_count_fact where reply_bucket is not null
group by governorate_code, sector_code, authority_id, filed_month, embargo_until, reply_bucket;
insert into cases_reply_month_count (filed_month, embargo_until, reply_bucket, cases, days_sum)
select filed_month, embargo_until, reply_bucket, count(*), sum(reply_days)
from cases_count_fact where reply_bucket is not null group by filed_month, embargo_until, reply_bucket;
insert into cases_point_count (lat_cell, lon_cell, embargo_until, cases)
select lat_cell, lon_cell, embargo_until, count(*) from cases_count_fact
where lat_cell is not null and lon_cell is not null group by lat_cell, lon_cell, embargo_until;
-- every referred case, whatever its tier (ScorecardCounts)
insert into cases_scorecard_fact (case_id, authority_id, governorate_code, sector_code, fixed, reply_bucket, due_day,
                                  reply_days, due_at)
select id, authority_id, governorate_code, sector_code, case when status = 'CONFIRMED_FIXED' then 1 else 0 end,
       case when first_reply_at is null then -1
            when greatest(0, extract(epoch from first_reply_at - referred_at) / 86400.0) < 30
                then cast(floor(greatest(0, extract(epoch from first_reply_at - referred_at) / 86400.0) * 4) as integer)
            when greatest(0, extract(epoch from first_reply_at - referred_at) / 86400.0) < 395
                then 120 + cast(floor(greatest(0, extract(epoch from first_reply_at - referred_at) / 86400.0) - 30) as integer)
            else 485 end,
       case when first_reply_at is null and due_at is not null and status in ('REFERRED', 'ESCALATED')
            then cast((due_at at time zone 'UTC') as date) else date '1900-01-01' end,
       case when first_reply_at is null then null
            else greatest(0, extract(epoch from first_reply_at - referred_at) / 86400.0) end,
       due_at
from cases_case where authority_id is not null and referred_at is not null;
insert into cases_scorecard_count (authority_id, governorate_code, sector_code, fixed, reply_bucket, due_day, cases,
                                   days_sum)
select authority_id, governorate_code, sector_code, fixed, reply_bucket, due_day, count(*), coalesce(sum(reply_days), 0)
from cases_scorecard_fact group by authority_id, governorate_code, sector_code, fixed, reply_bucket, due_day;
vacuum analyze;
checkpoint;
