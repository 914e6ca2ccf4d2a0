-- The enumerators assigned to a poll; a poll with none takes interviews from any field staff.
create table polls_enumerator (
    poll_id    bigint not null references polls_poll (id) on delete cascade,
    account_id bigint not null,
    primary key (poll_id, account_id)
);
