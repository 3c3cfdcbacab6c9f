-- The digest's sending side: subscriber status and bounces, frozen edition content, and
-- delivery rows whose state machine makes each (edition, subscriber) email go out once.

ALTER TABLE subscribers
  ADD COLUMN timezone     text NOT NULL DEFAULT 'UTC',
  ADD COLUMN status       text NOT NULL DEFAULT 'pending'
             CHECK (status IN ('pending', 'active', 'paused', 'unsubscribed', 'bounced')),
  ADD COLUMN bounce_count integer NOT NULL DEFAULT 0,
  ADD COLUMN updated_at   timestamptz NOT NULL DEFAULT now();

UPDATE subscribers SET status = CASE
  WHEN unsubscribed_at IS NOT NULL THEN 'unsubscribed'
  WHEN confirmed_at IS NOT NULL THEN 'active'
  ELSE 'pending' END;

-- Preparing an edition reads exactly this: the active subscribers of a frequency.
CREATE INDEX subscribers_audience ON subscribers (frequency, id) WHERE status = 'active';

-- The built edition is kept, so every delivery job renders the same thing, on any host.
ALTER TABLE editions
  ADD COLUMN content       jsonb,
  ADD COLUMN article_count integer NOT NULL DEFAULT 0,
  ADD COLUMN prepared_at   timestamptz,
  ADD CONSTRAINT editions_status_check CHECK (status IN ('draft', 'prepared'));

ALTER TABLE deliveries RENAME COLUMN status TO state;
ALTER TABLE deliveries RENAME COLUMN error TO last_error;
ALTER TABLE deliveries
  ADD CONSTRAINT deliveries_state_check
      CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'bounced', 'skipped')),
  -- The subscriber's choices when the audience was frozen: their segment of the edition.
  ADD COLUMN regions    text[] NOT NULL DEFAULT '{}',
  ADD COLUMN beats      text[] NOT NULL DEFAULT '{}',
  ADD COLUMN attempts   integer NOT NULL DEFAULT 0,
  ADD COLUMN message_id text,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

CREATE INDEX deliveries_edition_state ON deliveries (edition_id, state);
CREATE INDEX deliveries_subscriber ON deliveries (subscriber_id);
