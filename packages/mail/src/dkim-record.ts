import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";

/** A DKIM private key, read, and the DNS TXT record that publishes its public half. */
export interface DkimKey {
  /** `rsa`, `ed25519`, or another type no DKIM verifier knows (`ec`, `dsa`...). */
  type: string;
  /** The RSA modulus length; undefined for other types. */
  bits: number | undefined;
  /** `<selector>._domainkey.<domain>` */
  recordName: string;
  /** `v=DKIM1; k=rsa; p=...` */
  recordValue: string;
}

/**
 * Reads a PEM private key and builds the TXT record to publish at
 * `<selector>._domainkey.<domain>`: for RSA, `p=` is the base64 of the public key's DER
 * (SubjectPublicKeyInfo, RFC 6376 3.6.1); for Ed25519, the base64 of the raw 32-byte key
 * (RFC 8463 4.2), with `k=ed25519`. Throws node:crypto's error when the key does not parse.
 */
export function dkimKeyOf(selector: string, domain: string, privateKeyPem: string): DkimKey {
  const privateKey = createPrivateKey(privateKeyPem);
  const publicKey = createPublicKey(privateKey);
  const type = privateKey.asymmetricKeyType ?? "unknown";
  const bits = type === "rsa" ? privateKey.asymmetricKeyDetails?.modulusLength : undefined;
  return {
    type,
    bits,
    recordName: `${selector}._domainkey.${domain}`,
    recordValue: `v=DKIM1; k=${type}; p=${publicKeyBase64(publicKey, type)}`,
  };
}

function publicKeyBase64(publicKey: KeyObject, type: string): string {
  if (type === "ed25519") {
    const jwk = publicKey.export({ format: "jwk" });
    return Buffer.from(jwk.x ?? "", "base64url").toString("base64");
  }
  return publicKey.export({ format: "der", type: "spki" }).toString("base64");
}

/**
 * The `p=` tag of a published DKIM record (whitespace removed, as RFC 6376 allows it to be
 * folded); undefined when the record has none. An empty string is a revoked key.
 */
export function publicKeyTagOf(record: string): string | undefined {
  for (const tag of record.split(";")) {
    const at = tag.indexOf("=");
    if (at !== -1 && tag.slice(0, at).trim() === "p") return tag.slice(at + 1).replace(/\s+/g, "");
  }
  return undefined;
}
