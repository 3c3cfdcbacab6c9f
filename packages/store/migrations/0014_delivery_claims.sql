-- Who holds a `sending` delivery and since when. A deliver job restarted while an earlier try
-- is still sending (its process missed a job-lock renewal under load) must not send the same
-- email again: it may take the row over only when the holder's process is gone or its claim
-- is older than the reconciler's stale limit (see `claimDeliveries`).
ALTER TABLE deliveries ADD COLUMN claimed_by text;
ALTER TABLE deliveries ADD COLUMN claimed_at timestamptz;
