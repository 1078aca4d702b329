-- A large send is queued in chunks, each committed, so that delivery starts with the first (docs/mail.md).
-- queueing_until: the lease of the node still writing the send's recipients, null once all are written.
-- queueing_interrupted: the queueing stopped part-way (the node died, the database failed); the send
-- ends with the recipients it has.
alter table mail_send add column queueing_until timestamp with time zone;
alter table mail_send add column queueing_interrupted boolean default false not null;
