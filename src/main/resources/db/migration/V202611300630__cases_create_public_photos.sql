-- the files of a case a coordinator judged safe to show (as thumbnails) on its published page
create table cases_public_photo (
    case_id     bigint                   not null references cases_case (id),
    evidence_id bigint                   not null,
    marked_by   bigint                   not null,
    marked_at   timestamp with time zone not null,
    primary key (case_id, evidence_id)
);
