-- The abuse limits of the public forms, shared by every node: one counter per limit, client and
-- window. The client (an address, a network) is kept only as a hash, and rows go once their
-- window has passed.
create table rate_limit_count (
    limit_name   varchar(60) not null,
    key_hash     char(64) not null,
    window_start bigint not null,
    hits         integer not null,
    expires_at   timestamp with time zone not null,
    primary key (limit_name, key_hash, window_start)
);
create index rate_limit_count_expires_idx on rate_limit_count (expires_at);
