import { describe, expect, it } from "vitest";
import type { DkimKey } from "./dkim-record.js";
import type { SenderCheck } from "./sender-check.js";
import { checkSenderDns } from "./sender-dns-checks.js";
import type { ResolveTxt } from "./txt-lookup.js";

/** A DNS with these TXT records; other names do not exist (ENOTFOUND), as a real zone answers. */
function zone(records: Record<string, string[][]>): ResolveTxt {
  return async (name) => {
    const found = records[name];
    if (found) return found;
    throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: "ENOTFOUND" });
  };
}

const key: DkimKey = {
  type: "rsa",
  bits: 2048,
  recordName: "nd1._domainkey.news.example.org",
  recordValue: "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnewsdesk",
};

const byName = (checks: SenderCheck[]): Record<string, SenderCheck | undefined> =>
  Object.fromEntries(checks.map((check) => [check.name, check]));

/** The checks of news.example.org, by name, against a zone. */
const checksOf = async (dkimKey: DkimKey | undefined, records: Record<string, string[][]>) =>
  byName(await checkSenderDns("news.example.org", dkimKey, zone(records)));

describe("checkSenderDns", () => {
  it("is satisfied by a zone that publishes SPF, DMARC and this DKIM key", async () => {
    const checks = await checkSenderDns(
      "news.example.org",
      key,
      zone({
        "news.example.org": [
          ["v=spf1 include:_spf.mail.example.net ", "~all"],
          ["site-verification=x"],
        ],
        "_dmarc.news.example.org": [["v=DMARC1; p=quarantine; rua=mailto:d@example.org"]],
        // Published folded across strings, as long keys are.
        "nd1._domainkey.news.example.org": [
          ["v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8", "AMIIBCgKCAQEAnewsdesk"],
        ],
      }),
    );
    expect(checks.map((check) => [check.name, check.status])).toEqual([
      ["DKIM record", "ok"],
      ["SPF", "ok"],
      ["DMARC", "ok"],
    ]);
    expect(byName(checks).SPF?.message).toBe(
      'news.example.org publishes "v=spf1 include:_spf.mail.example.net ~all": check that it covers your SMTP provider',
    );
    expect(byName(checks).DMARC?.message).toBe("_dmarc.news.example.org publishes p=quarantine");
  });

  it("says what to publish when the domain exists but the records do not", async () => {
    const checks = await checksOf(key, { "news.example.org": [["google-site-verification=x"]] });
    expect(checks["DKIM record"]).toEqual({
      name: "DKIM record",
      status: "fail",
      message:
        "nd1._domainkey.news.example.org has no DKIM record yet, so signatures will not verify: publish the record above",
    });
    expect(checks.SPF?.status).toBe("warn");
    expect(checks.SPF?.message).toMatch(
      /publishes no SPF record.*publish news\.example\.org TXT "v=spf1 include:/,
    );
    expect(checks.DMARC?.message).toMatch(
      /has no DMARC record.*publish _dmarc\.example\.org TXT "v=DMARC1; p=none; rua=mailto:dmarc-reports@example\.org"/,
    );
  });

  it("uses the organisational domain's DMARC record and flags p=none, two SPF records and +all", async () => {
    const twoSpf = await checksOf(undefined, {
      "news.example.org": [["v=spf1 -all"], ["V=SPF1 include:x.example.net -all"]],
      "_dmarc.example.org": [["v=DMARC1;p=none"]],
    });
    expect(twoSpf.SPF).toMatchObject({ status: "fail" });
    expect(twoSpf.SPF?.message).toMatch(/publishes 2 SPF records.*merge them into one/);
    expect(twoSpf.DMARC?.message).toMatch(
      /^_dmarc\.example\.org publishes p=none \(reports only\): move to p=quarantine/,
    );
    expect(twoSpf["DKIM record"]).toBeUndefined();

    const open = byName(
      await checkSenderDns("example.org", undefined, zone({ "example.org": [["v=spf1 +all"]] })),
    );
    expect(open.SPF?.message).toMatch(/lets any server send as it: end it with ~all or -all/);
  });

  it("fails a record that publishes another key or a revoked one", async () => {
    const other = await checksOf(key, {
      "news.example.org": [],
      "nd1._domainkey.news.example.org": [["v=DKIM1; p=MIIBother"]],
    });
    expect(other["DKIM record"]?.message).toMatch(
      /publishes another key, so signatures will not verify/,
    );
    const revoked = await checksOf(key, {
      "news.example.org": [],
      "nd1._domainkey.news.example.org": [["v=DKIM1; p="]],
    });
    expect(revoked["DKIM record"]?.message).toMatch(/publishes a revoked key/);
  });

  it("warns that it could not look up when the domain does not resolve (no internet) or DNS fails", async () => {
    const offline = await checkSenderDns("news.example.org", key, zone({}));
    expect(offline.map((check) => check.status)).toEqual(["warn", "warn", "warn"]);
    expect(byName(offline).SPF?.message).toBe(
      'could not look up news.example.org (news.example.org does not resolve from here: no internet, or not registered yet): check that news.example.org publishes TXT "v=spf1 include:<your SMTP provider\'s SPF domain> ~all"',
    );
    expect(byName(offline)["DKIM record"]?.message).toMatch(
      /^could not look up nd1\._domainkey\.news\.example\.org .*check that it publishes the record above$/,
    );

    const timedOut: ResolveTxt = async () => {
      throw Object.assign(new Error("queryTxt ETIMEOUT"), { code: "ETIMEOUT" });
    };
    const checks = await checkSenderDns("news.example.org", undefined, timedOut);
    expect(checks.map((check) => check.message)).toEqual([
      expect.stringMatching(
        /^could not look up news\.example\.org \(ETIMEOUT\): check that news\.example\.org publishes TXT "v=spf1/,
      ),
      expect.stringMatching(
        /^could not look up _dmarc\.news\.example\.org \(ETIMEOUT\): check that _dmarc\.example\.org publishes TXT "v=DMARC1/,
      ),
    ]);
  });
});
