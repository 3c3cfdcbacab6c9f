-- The desk's settings (approval mode first), one row per key, with who changed it and when.
CREATE TABLE desk_settings (
  key        text PRIMARY KEY,
  value      jsonb NOT NULL,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- With approval mode "hold", the schedule sends an edition only once an editor approved it.
ALTER TABLE editions
  ADD COLUMN approved_at timestamptz,
  ADD COLUMN approved_by text;
