-- The totals `newsdesk status` shows (articles, classified, failed to classify, dumps, articles
-- by primary region and beat), kept as the rows change so that reading them never scans the
-- articles table (1 s at 100k articles on PGlite). Statement-level triggers add one row per
-- counter a statement changed; reading sums them. Rows are added, never updated in place, so
-- concurrent transactions never wait on one hot counter row; the store folds them together
-- now and then (articles.ts).
CREATE TABLE store_counts (
  counter text NOT NULL CHECK (counter IN ('articles', 'classified', 'classify_failed', 'dumps',
                                           'region', 'beat')),
  -- The region or beat id; '' for the totals.
  label   text NOT NULL DEFAULT '',
  delta   bigint NOT NULL
);

-- The counters one article row adds to: +1 per counter for a row added, -1 for a row removed.
CREATE FUNCTION article_counters(classified_at timestamptz, classify_error text,
                                 primary_region text, primary_beat text)
RETURNS TABLE (counter text, label text) LANGUAGE sql IMMUTABLE AS $$
  SELECT c.counter, c.label FROM (VALUES
    ('articles', ''),
    (CASE WHEN classified_at IS NOT NULL THEN 'classified' END, ''),
    (CASE WHEN classified_at IS NULL AND classify_error IS NOT NULL THEN 'classify_failed' END, ''),
    (CASE WHEN primary_region IS NOT NULL THEN 'region' END, coalesce(primary_region, '')),
    (CASE WHEN primary_beat IS NOT NULL THEN 'beat' END, coalesce(primary_beat, ''))
  ) AS c(counter, label)
  WHERE c.counter IS NOT NULL
$$;

-- Transition tables are named per trigger; each branch reads only the ones its event has.
CREATE FUNCTION count_article_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO store_counts (counter, label, delta)
    SELECT c.counter, c.label, count(*) FROM added_articles a,
      article_counters(a.classified_at, a.classify_error, a.primary_region, a.primary_beat) c
    GROUP BY c.counter, c.label;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO store_counts (counter, label, delta)
    SELECT c.counter, c.label, -count(*) FROM removed_articles a,
      article_counters(a.classified_at, a.classify_error, a.primary_region, a.primary_beat) c
    GROUP BY c.counter, c.label;
  ELSE
    INSERT INTO store_counts (counter, label, delta)
    SELECT counter, label, sum(delta) FROM (
      SELECT c.counter, c.label, 1 AS delta FROM updated_articles a,
        article_counters(a.classified_at, a.classify_error, a.primary_region, a.primary_beat) c
      UNION ALL
      SELECT c.counter, c.label, -1 FROM replaced_articles a,
        article_counters(a.classified_at, a.classify_error, a.primary_region, a.primary_beat) c
    ) AS changes
    GROUP BY counter, label HAVING sum(delta) <> 0;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER articles_counted_insert AFTER INSERT ON articles
  REFERENCING NEW TABLE AS added_articles
  FOR EACH STATEMENT EXECUTE FUNCTION count_article_changes();
CREATE TRIGGER articles_counted_update AFTER UPDATE ON articles
  REFERENCING OLD TABLE AS replaced_articles NEW TABLE AS updated_articles
  FOR EACH STATEMENT EXECUTE FUNCTION count_article_changes();
CREATE TRIGGER articles_counted_delete AFTER DELETE ON articles
  REFERENCING OLD TABLE AS removed_articles
  FOR EACH STATEMENT EXECUTE FUNCTION count_article_changes();

CREATE FUNCTION count_dump_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO store_counts (counter, delta) SELECT 'dumps', count(*) FROM added_dumps
      HAVING count(*) > 0;
  ELSE
    INSERT INTO store_counts (counter, delta) SELECT 'dumps', -count(*) FROM removed_dumps
      HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER dumps_counted_insert AFTER INSERT ON dumps
  REFERENCING NEW TABLE AS added_dumps
  FOR EACH STATEMENT EXECUTE FUNCTION count_dump_changes();
CREATE TRIGGER dumps_counted_delete AFTER DELETE ON dumps
  REFERENCING OLD TABLE AS removed_dumps
  FOR EACH STATEMENT EXECUTE FUNCTION count_dump_changes();

-- TRUNCATE fires no delete trigger: it empties the table's counters instead.
CREATE FUNCTION forget_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM store_counts WHERE counter = ANY (TG_ARGV);
  RETURN NULL;
END
$$;

CREATE TRIGGER articles_counted_truncate AFTER TRUNCATE ON articles
  FOR EACH STATEMENT
  EXECUTE FUNCTION forget_counts('articles', 'classified', 'classify_failed', 'region', 'beat');
CREATE TRIGGER dumps_counted_truncate AFTER TRUNCATE ON dumps
  FOR EACH STATEMENT EXECUTE FUNCTION forget_counts('dumps');

-- What is already stored, counted once here.
INSERT INTO store_counts (counter, label, delta)
SELECT c.counter, c.label, count(*) FROM articles a,
  article_counters(a.classified_at, a.classify_error, a.primary_region, a.primary_beat) c
GROUP BY c.counter, c.label;
INSERT INTO store_counts (counter, delta) SELECT 'dumps', count(*) FROM dumps HAVING count(*) > 0;
