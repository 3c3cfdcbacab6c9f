import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runNewsdesk } from "../test-io.js";

/**
 * Real sending (an SMTP_URL) without https links or DKIM stops before anything connects,
 * unless `--test-send` or MAIL_TEST_MODE says it is a test setup. The SMTP address is closed,
 * so getting past the check shows as a connection error instead.
 */
describe("commands that send refuse an unready sender", () => {
  beforeEach(() => {
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:1");
    vi.stubEnv("PUBLIC_URL", "http://localhost:3000");
    vi.stubEnv("MAIL_FROM", "Newsdesk <digest@news.example.org>");
    vi.stubEnv("MAIL_TEST_MODE", "");
    vi.stubEnv("REDIS_URL", "redis://127.0.0.1:1");
    vi.stubEnv("DATA_DIR", "/nonexistent/newsdesk-test-send");
  });
  afterEach(() => vi.unstubAllEnvs());

  it.each([
    ["digest", "build", "--send"],
    ["digest", "resume", "--edition", "1"],
    ["digest", "run"],
  ])("newsdesk %s %s", async (...args) => {
    const { code, err } = await runNewsdesk(...args);
    expect(code).toBe(2);
    expect(err()).toContain("not ready to send real mail through SMTP_URL");
    expect(err()).toContain("links in emails point to http://localhost:3000, not https");
    expect(err()).toContain("pass --test-send or set MAIL_TEST_MODE=1");
  });

  it("goes on to connect with --test-send or MAIL_TEST_MODE=1", async () => {
    const flagged = await runNewsdesk("digest", "run", "--test-send");
    expect(flagged.err()).not.toContain("not ready to send");
    vi.stubEnv("MAIL_TEST_MODE", "1");
    const testMode = await runNewsdesk("digest", "run");
    expect(testMode.err()).not.toContain("not ready to send");
  });
});
