-- The bytes of a resumable upload are kept as pieces where the application keeps its files (the data folder or the
-- bucket of S3-compatible storage), so that the next piece may reach another node: how many bytes were received, and
-- until when a node holds the upload to write a piece (a claim that lapses when the node died mid-piece).
alter table evidence_upload add column received bigint default 0 not null;
alter table evidence_upload add column writing_until timestamp with time zone;
