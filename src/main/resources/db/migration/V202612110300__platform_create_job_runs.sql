-- One row per run of a periodic job and the time slot it ran for, written in the transaction of the job's work: the
-- primary key lets only one node run a slot, a node killed mid-job leaves no row (its transaction rolls back) so the
-- slot is run by the next node that looks, and the rows show that no slot ran twice or was skipped.
create table platform_job_run (
    job        varchar(64)              not null,
    slot_start timestamp with time zone not null,
    node       varchar(255)             not null,
    ran_at     timestamp with time zone not null,
    constraint platform_job_run_pk primary key (job, slot_start)
);
