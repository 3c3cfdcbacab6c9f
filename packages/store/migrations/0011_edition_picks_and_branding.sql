-- An editor's picks on the draft of a period's edition: pin an article (always in, first in
-- its section), drop it (never in), or place it (`position`, from moving it up or down within
-- its section). One row per (schedule, period, article), with who changed it last and when;
-- every change is also in desk_audit. Builds apply the picks of every period overlapping
-- theirs, so a time zone whose period is offset from UTC's gets them too.
CREATE TABLE edition_picks (
  frequency    text NOT NULL CHECK (frequency IN ('daily', 'weekly')),
  period_start timestamptz NOT NULL,
  period_end   timestamptz NOT NULL,
  article_id   bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  pick         text CHECK (pick IN ('pin', 'drop')),
  position     integer,
  updated_by   text NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (frequency, period_start, article_id)
);
CREATE INDEX edition_picks_period ON edition_picks (frequency, period_end);

-- The newsletter's branding (name, sender name, accent colour, logo URL, intro line) is the
-- desk setting 'branding' in desk_settings (0008); no row means today's defaults.
COMMENT ON TABLE desk_settings IS
  'Desk settings by key: approval_mode (0008), branding (0011: {name, senderName, accentColour, logoUrl, introLine})';

-- The time up to which an edition's articles were stored. An edition frozen before its period
-- ended (`digest build --send`) leaves the rest of its period to the next edition, which reads
-- the articles stored after this time.
ALTER TABLE editions ADD COLUMN articles_until timestamptz;
