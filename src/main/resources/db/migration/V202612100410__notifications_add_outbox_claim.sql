-- Mails are claimed in batches: one update marks a batch SENDING with the claim of the dispatcher that took it, one
-- select reads what it got, one update marks the delivered ones SENT (a claim taken over after it lapsed no longer
-- matches).
alter table notifications_outbox add column claimed_by varchar(40);
create index notifications_outbox_claim_idx on notifications_outbox (claimed_by);
