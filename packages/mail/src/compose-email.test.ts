import { describe, expect, it } from "vitest";
import { composeEmail, listIdHeader } from "./compose-email.js";
import { MailConfigError } from "./errors.js";

const base = {
  to: "ana@example.org",
  subject: "Confirm your subscription",
  html: "<p>Confirm</p>",
  text: "Confirm",
  messageId: "<confirm-1.abc@news.example.org>",
};

describe("composeEmail", () => {
  it("gives a list email the RFC 2369 and RFC 8058 unsubscribe headers", () => {
    const message = composeEmail("Newsdesk <digest@news.example.org>", {
      ...base,
      unsubscribeUrl: "https://news.example.org/unsubscribe?s=1&t=x",
      unsubscribeMailto: "mailto:unsubscribe@news.example.org?subject=unsubscribe-1-x",
    });
    expect(message.headers).toMatchObject({
      "List-Unsubscribe":
        "<https://news.example.org/unsubscribe?s=1&t=x>, <mailto:unsubscribe@news.example.org?subject=unsubscribe-1-x>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      Precedence: "bulk",
    });
  });

  it("sends from the desk's sender name at MAIL_FROM's address, or from MAIL_FROM as it is", () => {
    const from = "Newsdesk <digest@news.example.org>";
    expect(composeEmail(from, base).from).toBe(from);
    expect(composeEmail(from, { ...base, fromName: "Harbour \r\ndesk" }).from).toEqual({
      name: "Harbour desk",
      address: "digest@news.example.org",
    });
  });

  it("gives a transactional email (a confirmation) no list headers", () => {
    const message = composeEmail("Newsdesk <digest@news.example.org>", base);
    expect(message.headers).toEqual({ "Auto-Submitted": "auto-generated" });
  });

  it("labels each list's List-Id, and a label can never add a header", () => {
    const message = composeEmail("Newsdesk <digest@news.example.org>", {
      ...base,
      listId: "daily.news.example.org",
      listName: "Newsdesk daily",
    });
    expect(message.headers).toMatchObject({
      "List-Id": { prepared: true, value: '"Newsdesk daily" <daily.news.example.org>' },
    });
    expect(listIdHeader("weekly.news.example.org")).toBe("<weekly.news.example.org>");
    expect(listIdHeader("weekly.news.example.org", 'The "best"\r\nBcc: x@evil.example')).toBe(
      '"The \\"best\\" Bcc: x@evil.example" <weekly.news.example.org>',
    );
    expect(listIdHeader("daily.news.example.org", "Newsdesk täglich")).toBe(
      "=?UTF-8?B?TmV3c2Rlc2sgdMOkZ2xpY2g=?= <daily.news.example.org>",
    );
    expect(() => listIdHeader("daily news>")).toThrow(MailConfigError);
  });
});
