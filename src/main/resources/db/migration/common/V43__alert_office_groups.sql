-- A letter alert may write to a group of offices (data/campaigns/office-groups.csv) instead of one office.
alter table action_alert add column target_group varchar(40);
-- A Bureau seat's holder may have no office state in the contacts.
alter table alert_letter alter column office_state drop not null;
