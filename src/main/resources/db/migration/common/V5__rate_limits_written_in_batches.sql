-- Each node counts the abuse limits in memory and writes its counts back in batches (platform
-- RateLimits): a counter says which node's flush changed it last and when, so that each node reads
-- back what the others changed since its own last flush.
alter table rate_limit_count add column changed_by varchar(60) default '' not null;
alter table rate_limit_count add column changed_at timestamp with time zone default current_timestamp not null;
create index rate_limit_count_changed_idx on rate_limit_count (changed_at);
