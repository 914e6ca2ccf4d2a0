-- the redacted copy a coordinator publishes, apart from what the reporter wrote
alter table cases_case add column public_title varchar(200);
alter table cases_case add column public_story varchar(8000);
alter table cases_case add column published_at timestamp with time zone;
