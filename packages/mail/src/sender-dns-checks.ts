import { type DkimKey, publicKeyTagOf } from "./dkim-record.js";
import { fail, ok, type SenderCheck, warn } from "./sender-check.js";
import { organisationalDomain } from "./sender-domain.js";
import { lookupTxt, type ResolveTxt, recordsTagged, type TxtLookup } from "./txt-lookup.js";

/**
 * SPF, DMARC and (with a key) the published DKIM record of the From domain, from DNS. A
 * machine without internet (or a domain not registered yet) cannot tell a missing record from
 * an unanswered question, so when the From domain itself does not resolve every line says it
 * could not look up, and what the domain must publish: a warning, not a failure.
 */
export async function checkSenderDns(
  fromDomain: string,
  dkimKey: DkimKey | undefined,
  resolveTxt: ResolveTxt,
): Promise<SenderCheck[]> {
  const apex = await lookupTxt(resolveTxt, fromDomain);
  const unreachable =
    apex.kind === "failed"
      ? apex.reason
      : apex.kind === "none" && apex.nxdomain
        ? `${fromDomain} does not resolve from here: no internet, or not registered yet`
        : undefined;
  const [dmarc, dkim] = await Promise.all([
    checkDmarc(fromDomain, resolveTxt, unreachable),
    dkimKey ? checkDkimRecord(dkimKey, resolveTxt, unreachable) : undefined,
  ]);
  return [...(dkim ? [dkim] : []), checkSpf(fromDomain, apex, unreachable), dmarc];
}

function checkSpf(domain: string, apex: TxtLookup, unreachable: string | undefined): SenderCheck {
  const value = `"v=spf1 include:<your SMTP provider's SPF domain> ~all"`;
  if (unreachable || apex.kind === "failed") {
    return warn(
      "SPF",
      `could not look up ${domain} (${unreachable}): check that ${domain} publishes TXT ${value}`,
    );
  }
  const spf = apex.kind === "found" ? recordsTagged(apex.records, /^v=spf1(\s|$)/i) : [];
  if (spf.length === 0) {
    return warn(
      "SPF",
      `${domain} publishes no SPF record (Gmail and Yahoo want SPF and DKIM from bulk senders): publish ${domain} TXT ${value}`,
    );
  }
  if (spf.length > 1) {
    return fail(
      "SPF",
      `${domain} publishes ${spf.length} SPF records, which receivers treat as an error: merge them into one`,
    );
  }
  const record = spf[0] as string;
  if (/(^|\s)\+?all\s*$/i.test(record)) {
    return warn(
      "SPF",
      `${domain}'s SPF record "${record}" lets any server send as it: end it with ~all or -all`,
    );
  }
  return ok("SPF", `${domain} publishes "${record}": check that it covers your SMTP provider`);
}

async function checkDmarc(
  domain: string,
  resolveTxt: ResolveTxt,
  unreachable: string | undefined,
): Promise<SenderCheck> {
  const org = organisationalDomain(domain);
  const value = `"v=DMARC1; p=none; rua=mailto:dmarc-reports@${org}"`;
  let name = `_dmarc.${domain}`;
  let found = unreachable ? undefined : await lookupTxt(resolveTxt, name);
  // RFC 7489 6.6.3: with no record at the From domain, the organisational domain's applies.
  if (found?.kind === "none" && org !== domain) {
    name = `_dmarc.${org}`;
    found = await lookupTxt(resolveTxt, name);
  }
  if (!found || found.kind === "failed") {
    const reason = unreachable ?? (found?.kind === "failed" ? found.reason : "");
    return warn(
      "DMARC",
      `could not look up ${name} (${reason}): check that _dmarc.${org} publishes TXT ${value}`,
    );
  }
  const dmarc =
    found.kind === "found" ? recordsTagged(found.records, /^v\s*=\s*DMARC1\s*(;|$)/i) : [];
  if (dmarc.length === 0) {
    return warn(
      "DMARC",
      `${domain} has no DMARC record (Gmail and Yahoo require one of bulk senders): publish _dmarc.${org} TXT ${value}`,
    );
  }
  if (dmarc.length > 1) {
    return fail(
      "DMARC",
      `${name} publishes ${dmarc.length} DMARC records, so receivers apply none: keep one`,
    );
  }
  const policy = /(?:^|;)\s*p\s*=\s*([a-z]+)/i.exec(dmarc[0] as string)?.[1]?.toLowerCase();
  return ok(
    "DMARC",
    policy === "none"
      ? `${name} publishes p=none (reports only): move to p=quarantine once the reports show your mail passes`
      : `${name} publishes p=${policy ?? "?"}`,
  );
}

async function checkDkimRecord(
  key: DkimKey,
  resolveTxt: ResolveTxt,
  unreachable: string | undefined,
): Promise<SenderCheck> {
  const name = key.recordName;
  const found = unreachable ? undefined : await lookupTxt(resolveTxt, name);
  if (!found || found.kind === "failed") {
    const reason = unreachable ?? (found?.kind === "failed" ? found.reason : "");
    return warn(
      "DKIM record",
      `could not look up ${name} (${reason}): check that it publishes the record above`,
    );
  }
  const published = found.kind === "found" ? found.records.map(publicKeyTagOf) : [];
  const ours = publicKeyTagOf(key.recordValue);
  if (published.includes(ours)) return ok("DKIM record", `${name} publishes this key`);
  if (published.some((tag) => tag !== undefined)) {
    return fail(
      "DKIM record",
      published.includes("")
        ? `${name} publishes a revoked key (empty p=): publish the record above`
        : `${name} publishes another key, so signatures will not verify: publish the record above, or set DKIM_PRIVATE_KEY to the key it publishes`,
    );
  }
  return fail(
    "DKIM record",
    `${name} has no DKIM record yet, so signatures will not verify: publish the record above`,
  );
}
