-- The people each activity reached, kept current as attendance changes, so that donor figures union and intersect
-- compressed bitmaps (RoaringBitmap) instead of scanning attendances: per activity the people who attended (each
-- counted as the record they were merged into), its attended registrations (attendances, their count) and how many
-- registrations it has that were not cancelled, per person what they gave (the greatest of their attended
-- registrations), per sex, age group and governorate the people who gave it. Filled at start-up while
-- activities_reach_state has no 'built' row, and by the command activities-reach-rebuild.
create table activities_reach (
    activity_id   bigint  primary key references activities_activity (id),
    registered    integer not null,
    attendances   integer not null,
    people        bytea   not null,
    registrations bytea   not null
);

create table activities_reach_person (
    person_id        bigint primary key,
    sex              varchar(1)  not null,
    age_group        varchar(10) not null,
    governorate_code varchar(8)  not null
);

create table activities_reach_group (
    dimension varchar(12) not null,
    code      varchar(40) not null,
    people    bytea       not null,
    constraint activities_reach_group_pk primary key (dimension, code)
);

-- A person record merged into another (network's merges): counted as that one.
create table activities_reach_alias (
    person_id  bigint primary key,
    counted_as bigint not null
);
create index activities_reach_alias_counted_idx on activities_reach_alias (counted_as);

create table activities_reach_state (
    name     varchar(20) primary key,
    built_at timestamp with time zone not null
);
