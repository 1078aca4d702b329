-- A view of one person's page is logged with the record it showed, so the log can be read per record.
alter table personal_data_access add column record_id bigint;
create index personal_data_access_record_idx on personal_data_access (record_id);
create index personal_data_access_actor_idx on personal_data_access (actor);
