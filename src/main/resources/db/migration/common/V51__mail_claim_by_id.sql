-- Fewer index writes per recipient row (each row is written at enqueue, at claim and at its outcome).
-- Claims now read their rows back by primary key (the claimed ids that carry the claim's token), so the
-- index on claim_token only cost writes; no query looks recipients up by address (bounces name their
-- row through the signed return path, and the bounce score reads mail_feedback).
drop index mail_recipient_claim;
drop index mail_recipient_address;
