import { Command } from "commander";
import { describe, expect, it } from "vitest";
import type { Io } from "../io.js";
import { formatChecks, registerDoctorCommand } from "./doctor.js";

describe("doctor --help", () => {
  it("asks for the DNS server as an IP address, the only form it accepts", () => {
    const program = new Command();
    registerDoctorCommand(program, {} as Io);
    const help = program.commands.find((command) => command.name() === "doctor")?.helpInformation();
    expect(help).toContain("(an IP address, or IP:port)");
    expect(help).not.toContain("host or host:port");
  });
});

describe("formatChecks", () => {
  it("prints one aligned line per check, then the verdict", () => {
    expect(
      formatChecks([
        {
          name: "PUBLIC_URL",
          status: "ok",
          message: "links in emails point to https://news.example.org",
        },
        { name: "SPF", status: "warn", message: "publish it" },
        { name: "DKIM record", status: "fail", message: "publish the record above" },
      ]),
    ).toBe(
      [
        "✓ PUBLIC_URL   links in emails point to https://news.example.org",
        "! SPF          publish it",
        "✗ DKIM record  publish the record above",
        "not safe to send real mail: fix the 1 ✗ line",
        "",
      ].join("\n"),
    );
    expect(formatChecks([{ name: "SMTP", status: "warn", message: "unset" }])).toMatch(
      /\nno check fails; 1 ! line worth fixing\n$/,
    );
    expect(formatChecks([{ name: "SMTP", status: "ok", message: "fine" }])).toMatch(
      /\nready to send real mail\n$/,
    );
  });
});
