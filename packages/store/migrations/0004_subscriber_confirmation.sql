-- Double opt-in. Each subscription attempt gets a fresh random nonce that its confirmation link
-- is signed over: a newer attempt (or a resubscription after unsubscribing) replaces the nonce,
-- so an older link can never activate anyone again. The nonce is kept after confirming, so a
-- replayed link is recognised as "already confirmed" rather than rejected as forged.
ALTER TABLE subscribers
  ADD COLUMN confirm_nonce        text,
  ADD COLUMN confirm_requested_at timestamptz;
