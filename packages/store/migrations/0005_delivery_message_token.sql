-- A random token per delivery, part of its Message-ID: edition 1 to subscriber 1 of a fresh or
-- restored install gets an id no receiver has seen (Gmail drops a repeated id silently), while
-- every attempt at the same delivery keeps its id. Rows created before get a random one too.
ALTER TABLE deliveries ADD COLUMN message_token text;
UPDATE deliveries SET message_token = md5(random()::text || id::text || clock_timestamp()::text);
ALTER TABLE deliveries ALTER COLUMN message_token SET NOT NULL;
