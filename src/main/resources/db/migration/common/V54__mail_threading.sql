-- A list post's copies keep the post's Message-ID, In-Reply-To and References (RFC 5322 3.6.4), so that
-- readers' mail clients thread them; null for sends that start no conversation.
alter table mail_send add column message_id varchar(998);
alter table mail_send add column in_reply_to varchar(998);
alter table mail_send add column refs varchar(4000);
