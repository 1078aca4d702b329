-- PostgreSQL only (H2 has neither partial indexes nor a collation per column). Every recipient row is
-- written twice, when queued and at its outcome, and each write adds an entry to every index of the table:
-- - the index of open rows keeps only rows still queued, sending or deferred (the only ones any query looks
--   for by state), so a final outcome adds nothing to it; it leads with the send, as every such query names one;
-- - addresses and states compare byte by byte ("C"): they are ASCII or normalised, and the locale's collation
--   made each comparison in the unique index of (send, address) several times dearer.
-- Measured on 100,000 outcomes: about a fifth less server CPU (docs/benchmarks.md, "Mail engine").
alter table mail_recipient alter column address type varchar(320) collate "C";
alter table mail_recipient alter column state type varchar(12) collate "C";
drop index mail_recipient_due;
create index mail_recipient_open on mail_recipient (send_id, state, next_attempt)
    where state in ('QUEUED', 'SENDING', 'DEFERRED');
