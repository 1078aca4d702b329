-- Inbound list posts travel as stored module events (Spring Modulith's event publication), raw bytes
-- included, up to amicus.mail.inbound.max-message-size (10 MB, base64 in the serialised event): far beyond
-- the 4,000 characters of the column. PostgreSQL's column is already text.
alter table event_publication alter column serialized_event clob not null;
