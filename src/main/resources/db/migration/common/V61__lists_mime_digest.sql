-- A digest reader chooses its form: plain text (RFC 1153, the default) or MIME (RFC 2046 multipart/digest, each
-- post a message of its own that mail clients open, answer and save one by one).
alter table list_subscription add column digest_mime boolean default false not null;
