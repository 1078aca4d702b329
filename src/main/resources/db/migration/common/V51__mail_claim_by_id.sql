-- Claims now read their rows back by primary key (id in the claimed ids and the claim's token), so the
-- index on claim_token only cost a write on every claim and every outcome.
drop index mail_recipient_claim;
