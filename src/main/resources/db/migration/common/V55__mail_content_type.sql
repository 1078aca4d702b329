-- The form of each content as it is sent: text/plain, multipart/alternative (text and HTML) or multipart/mixed
-- (a MIME digest: the text, then the digested messages as message/rfc822 parts of a multipart/digest, kept as
-- JSON in digest_json). Earlier sends are text/plain or multipart/alternative as their HTML says.
alter table mail_content add column content_type varchar(30);
alter table mail_content add column digest_json varchar(10000000);
update mail_content set content_type = case when html_body is null then 'text/plain' else 'multipart/alternative' end;
