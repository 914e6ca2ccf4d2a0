-- The API pages visits by cursor over (updated_at, id), newest first by default.
create index monitoring_visit_updated_idx on monitoring_visit (updated_at, id);
