-- Resumable uploads (tus) of the field app: one row per file being received; its bytes grow in the data folder
-- (uploads/<id>.part) until complete, then the visit or case that names it hands them to evidence (stripped, hashed)
-- and the row and file go. Abandoned ones expire.
create table evidence_upload (
    id varchar(36) primary key,
    owner_id bigint not null,
    upload_length bigint not null,
    file_name varchar(200),
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null
);
create index evidence_upload_expires on evidence_upload (expires_at);
