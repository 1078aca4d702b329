-- An organisation's choice to appear in the public directory of member organisations (the portal).
-- Nobody is listed until the organisation or the secretariat says so.
alter table organisation add column listed_in_directory boolean default false not null;
create index organisation_listed_idx on organisation (listed_in_directory, country);
