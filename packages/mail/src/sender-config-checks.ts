import { type DkimKey, dkimKeyOf } from "./dkim-record.js";
import { fail, ok, type SenderCheck, type SenderEnv, warn } from "./sender-check.js";
import {
  domainOf,
  fromAddressOf,
  isAligned,
  isPublicDomain,
  organisationalDomain,
} from "./sender-domain.js";

const GENERATE_KEY = "`openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048`";

/** `PUBLIC_URL` is https on a host readers can reach: Gmail and Yahoo want https unsubscribe links. */
export function checkPublicUrl(env: Pick<SenderEnv, "PUBLIC_URL">): SenderCheck {
  const fix = "set PUBLIC_URL to the web app's https address, e.g. https://news.example.org";
  if (!env.PUBLIC_URL) return fail("PUBLIC_URL", `PUBLIC_URL is unset: ${fix}`);
  let url: URL;
  try {
    url = new URL(env.PUBLIC_URL);
  } catch {
    return fail("PUBLIC_URL", `${JSON.stringify(env.PUBLIC_URL)} is not an address: ${fix}`);
  }
  if (url.protocol !== "https:") {
    return fail("PUBLIC_URL", `links in emails point to ${url.origin}, not https: ${fix}`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!isPublicDomain(host)) {
    return fail("PUBLIC_URL", `${host} is not a public domain readers can reach: ${fix}`);
  }
  return ok("PUBLIC_URL", `links in emails point to ${url.origin}`);
}

/** `MAIL_FROM` is one address at a real domain (the default `newsdesk.localhost` is not). */
export function checkMailFrom(env: Pick<SenderEnv, "MAIL_FROM">): SenderCheck {
  const fix =
    'set MAIL_FROM to an address at a domain you control, e.g. "Newsdesk <digest@news.example.org>"';
  const address = fromAddressOf(env.MAIL_FROM);
  if (!address)
    return fail("MAIL_FROM", `${JSON.stringify(env.MAIL_FROM)} is not one address: ${fix}`);
  if (!isPublicDomain(domainOf(address))) {
    return fail("MAIL_FROM", `${address} is not at a public domain: ${fix}`);
  }
  return ok("MAIL_FROM", `digests come from ${address}`);
}

/**
 * DKIM is on (all three variables) and its domain aligns with `MAIL_FROM`'s (DMARC's relaxed
 * alignment), which Gmail and Yahoo require of bulk senders.
 */
export function checkDkim(
  env: Pick<SenderEnv, "MAIL_FROM" | "DKIM_DOMAIN" | "DKIM_SELECTOR" | "DKIM_PRIVATE_KEY">,
): SenderCheck {
  const address = fromAddressOf(env.MAIL_FROM);
  const fromDomain = address ? domainOf(address) : "your MAIL_FROM domain";
  const set = {
    DKIM_DOMAIN: env.DKIM_DOMAIN,
    DKIM_SELECTOR: env.DKIM_SELECTOR,
    DKIM_PRIVATE_KEY: env.DKIM_PRIVATE_KEY,
  };
  const missing = Object.entries(set)
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length === 3) {
    const domainToSet =
      address && isPublicDomain(fromDomain)
        ? `DKIM_DOMAIN=${fromDomain}`
        : "DKIM_DOMAIN (MAIL_FROM's domain)";
    return fail(
      "DKIM",
      `DKIM is off, so mailbox providers cannot trust the digests: set ${domainToSet}, DKIM_SELECTOR (e.g. newsdesk) and DKIM_PRIVATE_KEY (the PEM that ${GENERATE_KEY} prints; \\n may stand for line breaks)`,
    );
  }
  if (missing.length > 0) {
    return fail(
      "DKIM",
      `DKIM needs all three variables: set ${missing.join(" and ")} too, or none`,
    );
  }
  const dkimDomain = (env.DKIM_DOMAIN as string).toLowerCase();
  if (address && !isAligned(dkimDomain, fromDomain)) {
    return fail(
      "DKIM",
      `DKIM_DOMAIN ${dkimDomain} does not align with MAIL_FROM's domain ${fromDomain}, so DMARC fails: set DKIM_DOMAIN to ${fromDomain} (or ${organisationalDomain(fromDomain)}) and publish the key there`,
    );
  }
  return ok(
    "DKIM",
    `signed as ${dkimDomain} (selector ${env.DKIM_SELECTOR}), aligned with ${fromDomain}`,
  );
}

/**
 * The DKIM key parses and is one nodemailer signs with (RSA, 2048 bits or more); the line names
 * the TXT record to publish. Undefined when DKIM is not fully configured (`checkDkim` says so).
 */
export function checkDkimKey(
  env: Pick<SenderEnv, "DKIM_DOMAIN" | "DKIM_SELECTOR" | "DKIM_PRIVATE_KEY">,
): { check: SenderCheck; key: DkimKey | undefined } | undefined {
  if (!env.DKIM_DOMAIN || !env.DKIM_SELECTOR || !env.DKIM_PRIVATE_KEY) return undefined;
  let key: DkimKey;
  try {
    key = dkimKeyOf(env.DKIM_SELECTOR, env.DKIM_DOMAIN.toLowerCase(), env.DKIM_PRIVATE_KEY);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const check = fail(
      "DKIM key",
      `DKIM_PRIVATE_KEY does not parse (${reason}): paste the PEM private key with its BEGIN/END lines, or make one with ${GENERATE_KEY}`,
    );
    return { check, key: undefined };
  }
  const publish = `publish ${key.recordName} TXT "${key.recordValue}"`;
  if (key.type !== "rsa") {
    const check = fail(
      "DKIM key",
      `the key is ${key.type}, but the mail transport signs with RSA only (given another key it sends unsigned mail): make an RSA key with ${GENERATE_KEY} (this key's record would be ${key.recordName} TXT "${key.recordValue}")`,
    );
    return { check, key: undefined };
  }
  const bits = key.bits ?? 0;
  if (bits < 1024) {
    const check = fail(
      "DKIM key",
      `RSA ${bits}-bit key, which verifiers reject: make a 2048-bit key with ${GENERATE_KEY}`,
    );
    return { check, key: undefined };
  }
  if (bits < 2048) {
    return {
      check: warn(
        "DKIM key",
        `RSA ${bits}-bit key, weaker than the 2048 bits providers ask for: ${publish}, or make a 2048-bit key`,
      ),
      key,
    };
  }
  return { check: ok("DKIM key", `RSA ${bits}-bit key: ${publish}`), key };
}
