-- The journalists a press item goes to besides (or instead of) its smart group: those whose
-- country lies in one of the UN regional groups, who work in one of the languages, whose beat
-- mentions one of the words and who cover one of the situations. An empty criterion is any.
create table press_segment (
    press_id bigint primary key references press_item (id),
    regions varchar(200),
    languages varchar(40),
    beats varchar(500),
    situations varchar(500)
);
