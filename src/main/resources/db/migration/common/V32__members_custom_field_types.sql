-- Custom fields get a type (checked on every value), a choice list, their name in the other four
-- languages, and can be retired (their values stay, the field no longer shows).
alter table custom_field add column field_type varchar(20) default 'TEXT' not null;
alter table custom_field add column choices varchar(2000);
alter table custom_field add column label_fr varchar(200);
alter table custom_field add column label_es varchar(200);
alter table custom_field add column label_ar varchar(200);
alter table custom_field add column label_pt varchar(200);
alter table custom_field add column retired_at timestamp with time zone;
create index custom_value_record_idx on custom_value (record_id);
