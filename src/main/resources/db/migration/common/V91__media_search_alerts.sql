-- Saved searches with alerts: a search whose alert is on is run again over the stories indexed
-- since it was last checked (checked_through: the highest story id it has looked at); each story it
-- finds is a match the owner sees in the app (seen_at once looked at) and is told of by e-mail.
alter table media_saved_search add column alert boolean default false not null;
alter table media_saved_search add column checked_through bigint default 0 not null;

create table media_search_match (
    saved_search_id bigint not null references media_saved_search (id) on delete cascade,
    story_id        bigint not null references media_story (id),
    found_at        timestamp with time zone not null,
    seen_at         timestamp with time zone,
    primary key (saved_search_id, story_id)
);
