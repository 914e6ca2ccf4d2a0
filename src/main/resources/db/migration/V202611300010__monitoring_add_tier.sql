-- Who may read a visit beyond its governorate's staff: INTERNAL (staff), PARTNERS (and partner organisations),
-- PUBLIC (everyone: scores only, never answers, notes or names); held back until embargo_until when set.
alter table monitoring_visit add column tier varchar(10) default 'INTERNAL' not null;
alter table monitoring_visit add column embargo_until timestamp with time zone;
create index monitoring_visit_tier_idx on monitoring_visit (facility_id, tier, status);
