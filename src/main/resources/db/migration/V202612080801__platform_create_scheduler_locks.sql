-- One row per periodic job (ShedLock): the node that runs the job holds the row until lock_until, so the job runs on
-- one node at a time. Times are the database's own clock (ShedLock's usingDbTime), in UTC, as ShedLock's schema has it.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
