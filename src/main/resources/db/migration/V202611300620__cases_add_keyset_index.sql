-- The API pages cases by cursor over (sort key, id); by the day reported and by reference indexes exist already.
create index cases_case_updated_idx on cases_case (updated_at, id);
