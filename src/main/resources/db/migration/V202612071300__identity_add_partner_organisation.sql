-- the partner organisation a person belongs to (an id the network module will own; no foreign key yet)
alter table identity_account add column organisation_id bigint;
