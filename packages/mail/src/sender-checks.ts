import type { SenderCheck, SenderEnv } from "./sender-check.js";
import { checkDkim, checkDkimKey, checkMailFrom, checkPublicUrl } from "./sender-config-checks.js";
import { checkSenderDns } from "./sender-dns-checks.js";
import { domainOf, fromAddressOf } from "./sender-domain.js";
import type { SenderProbes } from "./sender-probes.js";
import { checkSmtp } from "./smtp-check.js";

/**
 * Whether this install is ready to send real mail, one answer per check, in order: an https
 * `PUBLIC_URL`, `MAIL_FROM` at a public domain, DKIM on and aligned, the DKIM key (and the TXT
 * record to publish), that record in DNS, SPF, DMARC, and the SMTP server. The network is asked
 * through `probes` (DNS and SMTP run at once); a probe that fails makes a warning or failure
 * line, never an exception.
 */
export async function checkSender(env: SenderEnv, probes: SenderProbes): Promise<SenderCheck[]> {
  const from = checkMailFrom(env);
  const dkimKey = checkDkimKey(env);
  const address = fromAddressOf(env.MAIL_FROM);
  const notLookedUp = (name: string): SenderCheck => ({
    name,
    status: "warn",
    message: "not looked up until MAIL_FROM is at your own domain",
  });
  const [dns, smtp] = await Promise.all([
    from.status === "ok" && address
      ? checkSenderDns(domainOf(address), dkimKey?.key, probes.resolveTxt)
      : [notLookedUp("SPF"), notLookedUp("DMARC")],
    checkSmtp(env, probes.verifySmtp),
  ]);
  return [
    checkPublicUrl(env),
    from,
    checkDkim(env),
    ...(dkimKey ? [dkimKey.check] : []),
    ...dns,
    smtp,
  ];
}
