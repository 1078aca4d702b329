-- The mail engine's send that distributed a post, so that staff can send it, in one click, to the readers who
-- subscribed since (Outbox.sendToAdded). Null for posts not distributed (held, rejected, or no reader then).
alter table list_message add column send_id bigint;
