-- A monitor agrees, once, to the terms under which Rasd records their work; the version of the text agreed to is kept.
alter table identity_account add column consent_at timestamp with time zone;
alter table identity_account add column consent_version varchar(20);
