import { Resolver } from "node:dns/promises";
import nodemailer from "nodemailer";
import type { VerifySmtp } from "./smtp-check.js";
import type { ResolveTxt } from "./txt-lookup.js";

/** What the sender checks ask the network; tests pass stand-ins. */
export interface SenderProbes {
  resolveTxt: ResolveTxt;
  verifySmtp: VerifySmtp;
}

/** How long a probe may take before its check says it got no answer, and whom DNS asks. */
export interface ProbeOptions {
  /** Per TXT lookup; default 3 s. */
  dnsTimeoutMs?: number;
  /** For the whole SMTP session (connect, greeting, login); default 5 s. */
  smtpTimeoutMs?: number;
  /** DNS servers (`host` or `host:port`); default the system's. */
  dnsServers?: string[];
}

/**
 * The real probes: node:dns TXT lookups and nodemailer's `verify()`, each with a timeout.
 * Throws node:dns's `ERR_INVALID_IP_ADDRESS` error at once for a `dnsServers` entry that is
 * not an IP address.
 */
export function senderProbes(options: ProbeOptions = {}): SenderProbes {
  if (options.dnsServers) new Resolver().setServers(options.dnsServers);
  const dnsTimeoutMs = options.dnsTimeoutMs ?? 3_000;
  const smtpTimeoutMs = options.smtpTimeoutMs ?? 5_000;
  return {
    resolveTxt: (name) => resolveTxtWithin(name, dnsTimeoutMs, options.dnsServers),
    verifySmtp: (url) => verifySmtpWithin(url, smtpTimeoutMs),
  };
}

async function resolveTxtWithin(
  name: string,
  timeoutMs: number,
  servers: string[] | undefined,
): Promise<string[][]> {
  // One try per server; cancel() bounds the whole lookup when several servers are configured.
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  if (servers) resolver.setServers(servers);
  const timer = setTimeout(() => resolver.cancel(), timeoutMs);
  try {
    return await resolver.resolveTxt(name);
  } finally {
    clearTimeout(timer);
  }
}

async function verifySmtpWithin(url: string, timeoutMs: number): Promise<void> {
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([transporter.verify(), timeout]);
  } finally {
    clearTimeout(timer);
    transporter.close();
  }
}
