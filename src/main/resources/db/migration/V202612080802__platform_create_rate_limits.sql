-- API rate limits and sign-in throttles shared by every node when the database is PostgreSQL: one token bucket a row
-- (Bucket4j's state, locked with SELECT ... FOR UPDATE), and the sign-in failures of a username or an address.
create table platform_rate_limit_buckets (
    id         varchar(200) not null,
    state      bytea,
    expires_at bigint,
    constraint platform_rate_limit_buckets_pk primary key (id)
);

create index platform_rate_limit_buckets_expiry on platform_rate_limit_buckets (expires_at);

create table platform_sign_in_failures (
    throttle_key  varchar(300)             not null,
    failures      int                      not null,
    window_start  timestamp with time zone not null,
    blocked_until timestamp with time zone,
    constraint platform_sign_in_failures_pk primary key (throttle_key)
);
