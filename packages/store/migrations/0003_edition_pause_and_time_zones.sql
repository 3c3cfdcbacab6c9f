-- Scheduled editions per time zone, and editions that pause themselves when too many of their
-- deliveries fail.

-- A scheduled edition covers one time zone's period: from its previous local send slot to this
-- one. On a DST change day two zones can share a start but not an end (a 25-hour day beside a
-- 24-hour one), so an edition is unique per whole period, not per start.
ALTER TABLE editions DROP CONSTRAINT editions_frequency_period_start_key;
ALTER TABLE editions ADD CONSTRAINT editions_frequency_period_key
  UNIQUE (frequency, period_start, period_end);

ALTER TABLE editions DROP CONSTRAINT editions_status_check;
ALTER TABLE editions ADD CONSTRAINT editions_status_check
  CHECK (status IN ('draft', 'prepared', 'paused'));

ALTER TABLE editions
  -- Every deliver job was queued: a schedule tick after this leaves the edition alone (before
  -- it, a tick queues what a crash between preparing and queueing left behind).
  ADD COLUMN queued_at         timestamptz,
  ADD COLUMN paused_at         timestamptz,
  ADD COLUMN pause_reason      text,
  -- Finished and failed deliveries when last resumed: the failure rate after a resume counts
  -- only what finished since, so one resume is not undone by the failures that caused the pause.
  ADD COLUMN resumed_finished  integer NOT NULL DEFAULT 0,
  ADD COLUMN resumed_failed    integer NOT NULL DEFAULT 0;

-- The scheduler reads the time zones of each frequency's active subscribers every tick.
CREATE INDEX subscribers_audience_time_zone ON subscribers (frequency, timezone)
  WHERE status = 'active';
