-- A story's tags move onto the story, as an array of "KIND:ref" (SITUATION:DARFUR, STATE:SDN,
-- ORGANISATION:12), in order. Every query that reads tags starts from the stories of a period and
-- reads their tags; none goes from a tag to its stories across all time. So the table of one row per
-- tag, with its primary key and (kind, ref) index, cost every ingested story about a third of its
-- write time for nothing a report used (docs/benchmarks.md, media, 28 November evening). Tags are
-- never edited: no history is lost.
alter table media_story add column tags varchar(64) array;
update media_story set tags = (select array_agg(t.kind || ':' || t.ref order by t.kind, t.ref) from media_tag t
                               where t.story_id = media_story.id);
drop table media_tag;
