import validator from "validator";
import { InvalidEmailAddressError } from "./errors.js";

/**
 * Checks one bare address (`ana@example.org`) strictly: no display name, no quoted local
 * part, no IP domain, no line breaks or control characters (nothing that could become a
 * header), at most 254 characters. Returns it trimmed, with its domain in lower case.
 */
export function parseEmailAddress(value: string): string {
  const address = value.trim();
  if (
    address.length === 0 ||
    address.length > 254 ||
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we reject
    /[\u0000-\u001f\u007f\s<>,;"]/.test(address) ||
    !validator.isEmail(address, {
      allow_display_name: false,
      allow_ip_domain: false,
      allow_utf8_local_part: false,
      require_tld: true,
    })
  ) {
    throw new InvalidEmailAddressError(value);
  }
  const at = address.lastIndexOf("@");
  return `${address.slice(0, at)}@${address.slice(at + 1).toLowerCase()}`;
}
