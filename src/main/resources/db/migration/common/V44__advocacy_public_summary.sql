-- What the public may read of an advocacy activity: a summary written for them, shown on the
-- state's public pages only once another staff member has reviewed it (never for a restricted activity).
create table activity_public_summary (
    activity_id bigint primary key references advocacy_activity (id),
    summary     varchar(2000) not null,
    written_by  varchar(100) not null,
    written_at  timestamp with time zone not null,
    reviewed_by varchar(100),
    reviewed_at timestamp with time zone
);
