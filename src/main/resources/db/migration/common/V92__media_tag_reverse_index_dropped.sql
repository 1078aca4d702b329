-- The (kind, ref) index on tags is dropped. Every query that reads tags is bounded by a period: the
-- planner goes from media_story's published_at index to the tags through the primary key
-- (story_id, kind, ref). The reverse index was not used for those queries (PostgreSQL took the same
-- plans with and without it, 74 to 106 ms at 100,000 stories). On H2 it slowed the monthly
-- report, and it cost every ingested story about a fifth of its write time (docs/benchmarks.md,
-- media, 28 November evening).
drop index media_tag_ref;
