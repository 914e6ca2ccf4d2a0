-- ShedLock's lock rows are no longer used: every periodic job runs once a slot through platform_job_run (JobRuns).
drop table shedlock;
