-- The CRM person whose consents record the "keep me informed" box of a confirmed signature.
alter table alert_signature add column consent_person_id bigint;
