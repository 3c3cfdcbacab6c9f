import { PassThrough } from "node:stream";
import { PortUnavailableError } from "@newsdesk/digest";
import { MailConfigError } from "@newsdesk/mail";
import { describe, expect, it } from "vitest";
import { EXIT_BAD_INPUT, EXIT_UNEXPECTED, reportError } from "./report-error.js";

function report(error: unknown): { code: number; text: string } {
  const stderr = new PassThrough();
  const code = reportError(error, stderr);
  return { code, text: String(stderr.read() ?? "") };
}

describe("reportError", () => {
  it("prints what the user can fix as one line, exit 2", () => {
    for (const error of [
      new MailConfigError("DKIM_PRIVATE_KEY is set without DKIM_SELECTOR: set both"),
      new PortUnavailableError(3000, "it is in use"),
    ]) {
      const { code, text } = report(error);
      expect(code).toBe(EXIT_BAD_INPUT);
      expect(text).toBe(`newsdesk: ${error.message}\n`);
    }
  });

  it("prints anything else with its stack, exit 1", () => {
    const { code, text } = report(new TypeError("undefined is not a function"));
    expect(code).toBe(EXIT_UNEXPECTED);
    expect(text).toMatch(/unexpected error\nTypeError: undefined is not a function\n\s+at /);
  });
});
