-- Why an article was filed where it was, and how sure the parser was of where it starts.
--
-- articles.evidence: the classifier's strongest evidence for the primary beat and region,
-- {"beat": ["tariffs", ...], "region": ["Berlin", ...]}, replaced with the labels on every
-- classification; NULL until classified (or classified before this column existed). An
-- editor's primary beat or region (article_edits) outranks it when read.
ALTER TABLE articles ADD COLUMN evidence jsonb;

-- dump_articles.start_confidence: 0..1, the parser's confidence that the article starts at
-- this line of this dump (the same article may be cut differently in two dumps); NULL for a
-- dump's first article, a hard separator, a dump parsed before the parser gave it, and a
-- part an editor split off.
ALTER TABLE dump_articles ADD COLUMN start_confidence real;
