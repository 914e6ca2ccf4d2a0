-- Entries are appended without a lock and sealed into the chain shortly after by one sealer at a time (which locks
-- audit_head, now taken by the sealer only). seq is an entry's position in the chain, null until sealed; the chain
-- runs in the order the sealer saw the entries committed, which may differ from the order of their ids. Entries
-- written before this change were chained in id order. audit_head.last_id now holds the last sealed seq.
alter table audit_entry add column seq bigint;
update audit_entry set seq = id;
alter table audit_entry alter column previous_hash drop not null;
alter table audit_entry alter column hash drop not null;
create unique index audit_entry_seq_idx on audit_entry (seq);
