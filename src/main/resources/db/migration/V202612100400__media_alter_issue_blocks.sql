-- Newsletter blocks from other modules (findings, a poll result card, upcoming activities, campaign updates), and
-- where a subscriber came from: the public form, or a network segment of people who consented to the newsletter.
alter table media_issue_block drop constraint media_issue_block_kind_check;
alter table media_issue_block add constraint media_issue_block_kind_check
    check (kind in ('TEXT', 'NEWS', 'PUBLICATIONS', 'FINDINGS', 'POLL', 'ACTIVITIES', 'CAMPAIGN'));
alter table media_subscriber add column origin varchar(60);
