import {
  checkSender,
  type SenderCheck,
  type SenderEnv,
  type SenderProbes,
  senderProbes,
} from "@newsdesk/mail";
import type { Command } from "commander";
import { COMMAND_SUMMARIES } from "../command-summaries.js";
import { readEnv } from "../env.js";
import { OptionError } from "../errors.js";
import type { Io } from "../io.js";
import { reportError } from "../report-error.js";

const MARKS: Record<SenderCheck["status"], string> = { ok: "✓", warn: "!", fail: "✗" };

/** `newsdesk doctor`: whether this install is ready to send real mail, one line per check. */
export function registerDoctorCommand(program: Command, io: Io): void {
  program
    .command("doctor")
    .description(COMMAND_SUMMARIES.doctor.description)
    .option("--json", "print the checks as one JSON document")
    .option(
      "--dns-server <address>",
      "ask this DNS server (an IP address, or IP:port), e.g. your domain's own, to see records just published",
    )
    .addHelpText(
      "after",
      `
Checks: PUBLIC_URL is https; MAIL_FROM is at a public domain; DKIM is on and aligned with
MAIL_FROM's domain; the DKIM key parses (its line gives the TXT record to publish); that record,
SPF and DMARC in DNS (3 s per lookup); the SMTP server at SMTP_URL answers (5 s).
Each line starts with ✓ (ok), ! (worth fixing, sending works) or ✗ (not safe for real mail),
then says what to do.

Exit status: 0 when no check fails, 1 when one does, 2 when the configuration does not parse.`,
    )
    .action(async (options: { json?: boolean; dnsServer?: string }) => {
      try {
        process.exitCode = await runDoctor(
          readEnv(),
          probesFor(options.dnsServer),
          io,
          options.json ?? false,
        );
      } catch (error) {
        process.exitCode = reportError(error, io.stderr);
      }
    });
}

function probesFor(dnsServer: string | undefined): SenderProbes {
  try {
    return senderProbes(dnsServer ? { dnsServers: [dnsServer] } : {});
  } catch (error) {
    throw new OptionError(
      `--dns-server ${JSON.stringify(dnsServer)} is not an IP address: give one such as 192.0.2.53 or 192.0.2.53:5353`,
      { cause: error },
    );
  }
}

/** Runs the checks and prints them; returns the exit status (1 when a check fails). */
export async function runDoctor(
  env: SenderEnv,
  probes: SenderProbes,
  io: Pick<Io, "stdout">,
  json = false,
): Promise<number> {
  const checks = await checkSender(env, probes);
  io.stdout.write(json ? `${JSON.stringify(checks, null, 2)}\n` : formatChecks(checks));
  return checks.some((check) => check.status === "fail") ? 1 : 0;
}

/** One line per check (mark, name, what was found and what to do), then the verdict. */
export function formatChecks(checks: SenderCheck[]): string {
  const width = Math.max(...checks.map((check) => check.name.length));
  const lines = checks.map(
    (check) => `${MARKS[check.status]} ${check.name.padEnd(width)}  ${check.message}`,
  );
  const failed = checks.filter((check) => check.status === "fail").length;
  const warned = checks.filter((check) => check.status === "warn").length;
  lines.push(
    failed > 0
      ? `not safe to send real mail: fix the ${failed} ✗ line${failed === 1 ? "" : "s"}`
      : warned > 0
        ? `no check fails; ${warned} ! line${warned === 1 ? "" : "s"} worth fixing`
        : "ready to send real mail",
  );
  return `${lines.join("\n")}\n`;
}
