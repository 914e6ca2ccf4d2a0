-- Bulk mail (a newsletter) waits behind every other mail, and carries its own headers (List-Unsubscribe).
alter table notifications_outbox add column bulk boolean default false not null;
alter table notifications_outbox add column extra_headers varchar(2000);
create index notifications_outbox_bulk_due_idx on notifications_outbox (status, bulk, next_attempt_at);
