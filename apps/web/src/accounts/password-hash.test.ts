import { describe, expect, it } from "vitest";
import { DEFAULT_SCRYPT_COST, hashPassword, verifyPassword } from "./password-hash.js";

/** Cheap enough for many cases; the default cost is checked once. */
const CHEAP = { ln: 10, r: 8, p: 1 };
const password = "correct horse battery staple";

describe("password hashes", () => {
  it("verifies the password it was made from, at the default cost stored with it", async () => {
    const stored = await hashPassword(password);
    expect(stored).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(DEFAULT_SCRYPT_COST).toEqual({ ln: 15, r: 8, p: 1 });
    expect(await verifyPassword(password, stored)).toBe(true);
    expect(await verifyPassword(`${password} `, stored)).toBe(false);
  });

  it("salts every hash, so the same password never gives the same string", async () => {
    const [a, b] = await Promise.all([
      hashPassword(password, CHEAP),
      hashPassword(password, CHEAP),
    ]);
    expect(a).not.toBe(b);
    expect(await verifyPassword(password, a as string)).toBe(true);
    expect(await verifyPassword(password, b as string)).toBe(true);
  });

  it("reads the cost from the stored string", async () => {
    const stored = await hashPassword(password, { ln: 11, r: 4, p: 2 });
    expect(stored.startsWith("$scrypt$ln=11,r=4,p=2$")).toBe(true);
    expect(await verifyPassword(password, stored)).toBe(true);
  });

  it("treats the same text in another Unicode form as the same password", async () => {
    const composed = "café au lait, s'il vous plaît";
    const stored = await hashPassword(composed, CHEAP);
    expect(await verifyPassword(composed.normalize("NFD"), stored)).toBe(true);
  });

  it("never matches a stored value it did not write, or one asking an absurd cost", async () => {
    const stored = await hashPassword(password, CHEAP);
    const [, , , salt, key] = stored.split("$");
    for (const bad of [
      "",
      password,
      `$argon2id$v=19$m=65536,t=3,p=4$${salt}$${key}`,
      `$scrypt$ln=31,r=8,p=1$${salt}$${key}`,
      `$scrypt$ln=10,r=8,p=99$${salt}$${key}`,
      `$scrypt$ln=0,r=8,p=1$${salt}$${key}`,
      stored.slice(0, -4),
      `${stored}AAAA`,
    ]) {
      expect(await verifyPassword(password, bad), bad).toBe(false);
    }
  });
});
