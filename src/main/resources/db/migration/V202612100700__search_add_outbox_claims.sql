-- Several nodes share one search index (OpenSearch): a node claims a batch of outbox rows for a while before indexing
-- them, so that each row is indexed by one node; a node that dies leaves its claim to run out and another takes it.
alter table search_outbox add column claimed_by varchar(64);
alter table search_outbox add column claimed_until timestamp with time zone;
