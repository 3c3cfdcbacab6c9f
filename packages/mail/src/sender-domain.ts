import { parse } from "tldts";
import { parseEmailAddress } from "./email-address.js";

/**
 * The bare address of a From value (`Newsdesk <digest@news.example.org>` or
 * `digest@news.example.org`), checked strictly; undefined when it is not one address.
 */
export function fromAddressOf(from: string): string | undefined {
  const bracketed = /<([^<>]*)>\s*$/.exec(from);
  try {
    return parseEmailAddress(bracketed?.[1] ?? from);
  } catch {
    return undefined;
  }
}

/** The domain of an address, in lower case. */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1).toLowerCase();
}

/**
 * The organisational domain DMARC reads (the registrable domain, one label below the public
 * suffix: `news.example.co.uk` -> `example.co.uk`), from the Public Suffix List; the name
 * itself when the list knows no registrable domain for it.
 */
export function organisationalDomain(domain: string): string {
  const name = domain.toLowerCase().replace(/\.$/, "");
  return parse(name).domain ?? name;
}

/**
 * DMARC's relaxed alignment (RFC 7489, 3.1.1): a DKIM signature's domain `d=` counts for a
 * From domain when both have the same organisational domain, so `example.org` signs for
 * `news.example.org` and the reverse.
 */
export function isAligned(dkimDomain: string, fromDomain: string): boolean {
  return organisationalDomain(dkimDomain) === organisationalDomain(fromDomain);
}

/**
 * A domain under a real public suffix (ICANN's part of the list), which mailbox providers can
 * look up: not `localhost`, `newsdesk.localhost`, an IP address or a made-up top-level domain.
 */
export function isPublicDomain(domain: string): boolean {
  const parsed = parse(domain);
  return parsed.isIcann === true && !parsed.isIp && parsed.domain !== null;
}
