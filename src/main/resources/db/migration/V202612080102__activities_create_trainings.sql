-- Trainings: the subject a training teaches and its pre- and post-test (forms of the forms module), each
-- participant's scores, the people trained in a subject, and the scorecard forms that require a subject.
create table activities_training (
    activity_id  bigint       primary key references activities_activity (id),
    subject      varchar(100) not null,
    pre_form_id  bigint,
    post_form_id bigint
);

create table activities_test_score (
    registration_id bigint        not null references activities_registration (id),
    stage           varchar(4)    not null,
    score           numeric(5,1)  not null,
    recorded_at     timestamp with time zone not null,
    constraint activities_test_score_pk primary key (registration_id, stage),
    constraint activities_test_score_stage check (stage in ('PRE', 'POST'))
);

create table activities_trained (
    person_id   bigint       not null,
    subject     varchar(100) not null,
    activity_id bigint       not null references activities_activity (id),
    trained_at  timestamp with time zone not null,
    constraint activities_trained_pk primary key (person_id, subject)
);

create table activities_form_requirement (
    form_id bigint       primary key,
    subject varchar(100) not null
);
