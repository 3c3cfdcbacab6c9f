import { checkLinkToken, linkToken } from "@newsdesk/digest";
import { describe, expect, it } from "vitest";
import {
  CONFIRM_LINK_TTL_MS,
  checkConfirmToken,
  confirmationUrl,
  confirmToken,
  newConfirmNonce,
  parseConfirmParams,
  parseLinkParams,
} from "./subscriber-tokens.js";

const secret = "unit-test-secret-0123456789";
const now = Date.parse("2026-03-01T12:00:00Z");

function claimOf(url: string) {
  const claim = parseConfirmParams(Object.fromEntries(new URL(url).searchParams));
  if (!claim) throw new Error(`unparseable ${url}`);
  return claim;
}

describe("confirmation tokens", () => {
  it("builds a link that expires after 48 hours and is bound to the attempt's nonce", () => {
    const url = confirmationUrl(
      { secret, publicUrl: "https://news.example.org/" },
      42,
      "nonce-a",
      now,
    );
    expect(url).toMatch(/^https:\/\/news\.example\.org\/confirm\?s=42&e=\d+&t=[\w-]{22}$/);
    const claim = claimOf(url);
    expect(claim).toMatchObject({
      subscriberId: 42,
      expiresAt: (now + CONFIRM_LINK_TTL_MS) / 1000,
    });
    expect(checkConfirmToken(secret, claim, "nonce-a", now)).toBe("valid");
    expect(checkConfirmToken(secret, claim, "nonce-a", now + CONFIRM_LINK_TTL_MS - 1000)).toBe(
      "valid",
    );
    expect(checkConfirmToken(secret, claim, "nonce-a", now + CONFIRM_LINK_TTL_MS)).toBe("expired");
  });

  it("calls a link forged when the nonce was replaced, the expiry stretched or the secret differs", () => {
    const claim = claimOf(confirmationUrl({ secret, publicUrl: "http://x" }, 42, "nonce-a", now));
    expect(checkConfirmToken(secret, claim, "nonce-b", now)).toBe("forged");
    expect(checkConfirmToken(secret, claim, null, now)).toBe("forged");
    expect(
      checkConfirmToken(secret, { ...claim, expiresAt: claim.expiresAt + 3600 }, "nonce-a", now),
    ).toBe("forged");
    expect(checkConfirmToken(secret, { ...claim, subscriberId: 43 }, "nonce-a", now)).toBe(
      "forged",
    );
    expect(checkConfirmToken("another-secret-0123456789", claim, "nonce-a", now)).toBe("forged");
    // An expired link with a stretched expiry is forged, not merely expired.
    expect(
      checkConfirmToken(
        secret,
        { ...claim, expiresAt: claim.expiresAt + 1 },
        "nonce-a",
        now + CONFIRM_LINK_TTL_MS * 2,
      ),
    ).toBe("forged");
    expect(checkConfirmToken(secret, { ...claim, token: "short" }, "nonce-a", now)).toBe("forged");
  });

  it("signs the same claim the same way, and different ones differently", () => {
    const claim = { subscriberId: 1, expiresAt: 1_800_000_000 };
    expect(confirmToken(secret, claim, "n")).toBe(confirmToken(secret, claim, "n"));
    expect(confirmToken(secret, claim, "n")).not.toBe(confirmToken(secret, claim, "m"));
    expect(confirmToken(secret, claim, "n")).toHaveLength(22);
  });

  it("makes a new 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newConfirmNonce));
    expect(nonces.size).toBe(100);
    expect([...nonces][0]).toMatch(/^[\w-]{22}$/);
  });
});

describe("unsubscribe and preferences tokens", () => {
  it("accepts the token signed for that purpose and subscriber only", () => {
    const token = linkToken(secret, "unsubscribe", 7);
    expect(checkLinkToken(secret, "unsubscribe", 7, token)).toBe(true);
    expect(checkLinkToken(secret, "preferences", 7, token)).toBe(false);
    expect(checkLinkToken(secret, "unsubscribe", 8, token)).toBe(false);
    expect(checkLinkToken(secret, "unsubscribe", 7, token.slice(0, 21))).toBe(false);
  });
});

describe("link parameters", () => {
  const t = "A".repeat(22);
  it("reads s and t, refusing anything malformed", () => {
    expect(parseLinkParams({ s: "12", t })).toEqual({ subscriberId: 12, token: t });
    for (const bad of [
      {},
      { s: "12" },
      { s: "0", t },
      { s: "-1", t },
      { s: "1.5", t },
      { s: "1e3", t },
      { s: "12", t: `${t}A` },
      { s: "12", t: `${"A".repeat(21)}!` },
      { s: ["12", "13"], t },
      { s: "9".repeat(16), t },
      null,
      "s=12",
    ]) {
      expect(parseLinkParams(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it("reads s, e and t of a confirmation link", () => {
    expect(parseConfirmParams({ s: "3", e: "1800000000", t })).toEqual({
      subscriberId: 3,
      expiresAt: 1_800_000_000,
      token: t,
    });
    expect(parseConfirmParams({ s: "3", t })).toBeUndefined();
    expect(parseConfirmParams({ s: "3", e: "soon", t })).toBeUndefined();
  });
});
