-- The untouched original, kept only when a coordinator asks for it, encrypted (AES-GCM) and stored under this hash.
alter table evidence_file add column sealed_sha256 varchar(64);
