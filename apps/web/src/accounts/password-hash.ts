import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

/** scrypt's cost: N = 2^ln, block size r, parallelism p (stored with every hash). */
export interface ScryptCost {
  ln: number;
  r: number;
  p: number;
}

/**
 * N = 2^15, r = 8, p = 1: 32 MiB and about 0.1 s of CPU per sign-in (95 ms measured at load 15
 * on 2 cores), the interactive-login figure of the scrypt paper and of OWASP's password storage
 * cheat sheet.
 */
export const DEFAULT_SCRYPT_COST: ScryptCost = { ln: 15, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** `$scrypt$ln=15,r=8,p=1$<salt>$<hash>`, both base64 without padding (PHC string format). */
const STORED =
  /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]{16,})\$([A-Za-z0-9+/]{32,})$/;
/** A stored hash asking for more than this is refused, not computed: it could stall the app. */
const MAX_LN = 20;
const MAX_R = 32;
const MAX_P = 4;

/** Hashes a password with a fresh random salt; the string carries salt and cost. */
export async function hashPassword(
  password: string,
  cost: ScryptCost = DEFAULT_SCRYPT_COST,
): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost);
  return `$scrypt$ln=${cost.ln},r=${cost.r},p=${cost.p}$${b64(salt)}$${b64(key)}`;
}

/**
 * Whether `password` is the one `stored` was made from, compared in constant time. A stored
 * value this code did not write (another format, an absurd cost) never matches.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStored(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.cost);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

function parseStored(stored: string) {
  const match = STORED.exec(stored);
  if (!match) return undefined;
  const cost = { ln: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  const inBounds = (value: number, max: number) => value >= 1 && value <= max;
  if (!inBounds(cost.ln, MAX_LN) || !inBounds(cost.r, MAX_R) || !inBounds(cost.p, MAX_P)) {
    return undefined;
  }
  return {
    cost,
    salt: Buffer.from(match[4] as string, "base64"),
    key: Buffer.from(match[5] as string, "base64"),
  };
}

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const N = 2 ** cost.ln;
  const options: ScryptOptions = {
    N,
    r: cost.r,
    p: cost.p,
    // scrypt needs 128 * N * r bytes; Node refuses over 32 MiB unless told.
    maxmem: 256 * N * cost.r,
  };
  return new Promise((resolve, reject) => {
    // normalize: the same password typed on another keyboard may arrive in another Unicode form.
    scrypt(password.normalize("NFC"), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function b64(bytes: Buffer): string {
  return bytes.toString("base64").replace(/=+$/, "");
}
