-- Why a subscriber left, when the desk knows it (removed by an editor); readers who unsubscribe
-- through their link or the mailto leave it null.
ALTER TABLE subscribers ADD COLUMN unsubscribe_reason text;

CREATE INDEX subscribers_status ON subscribers (status, id);
