import { describe, expect, it } from "vitest";
import { linkToken, subscriberLinks } from "../signed-links.js";
import { readUnsubscribeRequest } from "./read-unsubscribe-request.js";

const secret = "unit-test-secret-0123456789";
const token = linkToken(secret, "unsubscribe", 42);
const request = { subscriberId: 42, token };

describe("reading an unsubscribe request from an email", () => {
  it("reads the subject of the mailto link every digest carries", () => {
    const { unsubscribeMailto } = subscriberLinks(
      { secret, publicUrl: "https://news.example.org", mailDomain: "news.example.org" },
      42,
    );
    const subject = new URL(unsubscribeMailto).searchParams.get("subject") ?? "";
    expect(readUnsubscribeRequest({ subject })).toEqual(request);
  });

  it("tolerates whitespace, reply and forward prefixes, and the case of the word", () => {
    for (const subject of [
      `  unsubscribe-42-${token}\t`,
      `Re: unsubscribe-42-${token}`,
      `RE:unsubscribe-42-${token}`,
      `Fwd: unsubscribe-42-${token}`,
      `Fw: Re: unsubscribe-42-${token}`,
      `UNSUBSCRIBE-42-${token}`,
      `Unsubscribe-42-${token}`,
    ]) {
      expect(readUnsubscribeRequest({ subject }), subject).toEqual(request);
    }
  });

  it("reads a token that starts or ends with a dash", () => {
    const dashed = "-abcdefghijklmnopqrst-";
    expect(readUnsubscribeRequest({ subject: `unsubscribe-7-${dashed}` })).toEqual({
      subscriberId: 7,
      token: dashed,
    });
  });

  it("falls back to the first non-blank line of the text body", () => {
    const text = `\n  unsubscribe-42-${token}  \r\nSent from my phone\n`;
    expect(readUnsubscribeRequest({ subject: "", text })).toEqual(request);
    expect(readUnsubscribeRequest({ subject: "Unsubscribe me please", text })).toEqual(request);
    expect(readUnsubscribeRequest({ subject: undefined, text })).toEqual(request);
  });

  it("prefers the subject to the body", () => {
    const other = linkToken(secret, "unsubscribe", 43);
    expect(
      readUnsubscribeRequest({
        subject: `unsubscribe-42-${token}`,
        text: `unsubscribe-43-${other}`,
      }),
    ).toEqual(request);
  });

  it("reads only the body's first line", () => {
    const text = `Please stop.\nunsubscribe-42-${token}\n`;
    expect(readUnsubscribeRequest({ subject: "stop", text })).toBeNull();
  });

  it("keeps the token as written: its case matters", () => {
    const upper = token.toUpperCase();
    expect(readUnsubscribeRequest({ subject: `unsubscribe-42-${upper}` })).toEqual({
      subscriberId: 42,
      token: upper,
    });
  });

  it("is null for anything else", () => {
    for (const subject of [
      "",
      "unsubscribe",
      "Unsubscribe me",
      `unsubscribe-42-${token.slice(0, 21)}`,
      `unsubscribe-42-${token}x`,
      `unsubscribe-42-${token.slice(0, 21)}!`,
      `unsubscribe-0-${token}`,
      `unsubscribe--42-${token}`,
      `unsubscribe-4.2-${token}`,
      `unsubscribe-1234567890123456-${token}`,
      `unsubscribe 42 ${token}`,
      `please unsubscribe-42-${token}`,
      `Re: unsubscribe-42-${token} thanks`,
      `subscribe-42-${token}`,
      `preferences-42-${token}`,
    ]) {
      expect(readUnsubscribeRequest({ subject }), subject).toBeNull();
    }
    expect(readUnsubscribeRequest({})).toBeNull();
    expect(readUnsubscribeRequest({ subject: "Hello", text: "\n \n" })).toBeNull();
  });
});
