import { buildDigestEdition } from "@newsdesk/digest";
import { seedStories } from "@newsdesk/digest/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addTestDeskUser, deskFormToken, signedInAs } from "./test-support/desk-session.js";
import { prepareEdition } from "./test-support/mark-edition-sent.js";
import { messagesTo, type WebClient } from "./test-support/web-client.js";
import { startTestWeb, type TestWeb } from "./test-support/web-harness.js";

describe("the desk's editions: the next ones as drafts, send status and resume", () => {
  let web: TestWeb;
  let client: WebClient;
  let editionId: number;
  beforeAll(async () => {
    web = await startTestWeb();
    await seedStories(web.store, [
      { headline: "Ferry fares frozen on the Vell crossing", region: "europe", beat: "economy" },
      { headline: "Drought relief reaches Sorra valley", region: "africa", beat: "environment" },
    ]);
    const built = await buildDigestEdition(web.store, "daily", new Date());
    if (!built) throw new Error("expected an edition");
    editionId = built.row.id;
    await prepareEdition(web.store, editionId);
    await web.store.pauseEdition(editionId, "3 of 4 deliveries failed: check SMTP, then resume");
    // Stored after that edition froze: the next daily edition's, which the desk drafts.
    await seedStories(web.store, [
      { headline: "Tram line reaches the Kessel docks", region: "europe", beat: "economy" },
      { headline: "Clinic boats reach the Lomo delta", region: "africa", beat: "health" },
    ]);
    await addTestDeskUser(web.store, "mara@example.org", "admin", "Mara");
    client = await signedInAs(web.app, "mara@example.org");
  });
  afterAll(async () => {
    await web?.close();
  });

  it("shows the next daily edition as a draft and the paused one's deliveries", async () => {
    const page = await client.get("/admin/editions");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Next daily edition");
    expect(page.body).toContain("1 active daily subscriber · 2 stories");
    expect(page.body).toContain(
      '<span class="draft-headline">Tram line reaches the Kessel docks</span>',
    );
    expect(page.body).toMatch(
      new RegExp(
        `${editionId} · Daily,[^<]*</a></td>\\s*<td>paused <span class="muted">3 of 4 deliveries failed`,
      ),
    );
    expect(page.body).toMatch(
      /<td class="num">2<\/td><td class="num">1<\/td><td class="num">1<\/td><td class="num">0<\/td>/,
    );
    expect(page.body).toContain(`action="/admin/editions/${editionId}/resume"`);
  });

  it("resumes a paused edition, queueing its held deliveries again", async () => {
    const csrf = await deskFormToken(client, "/admin/editions");
    const resumed = await client.post(`/admin/editions/${editionId}/resume`, { _csrf: csrf });
    expect(resumed.statusCode).toBe(303);
    expect(resumed.headers.location).toBe("/admin/editions?done=resumed&queued=1");
    expect((await web.store.getEdition(editionId))?.status).toBe("prepared");
    const again = await client.post(`/admin/editions/${editionId}/resume`, { _csrf: csrf });
    expect(again.headers.location).toBe("/admin/editions?done=not-paused");
    expect((await client.get("/admin/editions?done=resumed&queued=1")).body).toContain(
      "Resumed: 1 delivery queued again.",
    );
  });

  it("sends the next edition's exact email to the typed addresses, marked [TEST]", async () => {
    const csrf = await deskFormToken(client, "/admin/editions");
    const refused = await client.post("/admin/editions/test-send", {
      _csrf: csrf,
      frequency: "daily",
      addresses: "editor@example.org, nope",
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("&quot;nope&quot; is not an email address");
    const sent = await client.post("/admin/editions/test-send", {
      _csrf: csrf,
      frequency: "daily",
      addresses: "editor@example.org",
    });
    expect(sent.headers.location).toBe("/admin/editions?done=test-sent&count=1");
    const [mail] = await messagesTo(web.outboxDir, "editor@example.org");
    expect(mail?.subject).toMatch(/^\[TEST\] /);
    expect(mail?.html).toContain("Tram line reaches the Kessel docks");
  });

  it("switches to approval mode, where a draft edition waits for an editor's approval", async () => {
    const csrf = await deskFormToken(client, "/admin/editions");
    const set = await client.post("/admin/editions/approval-mode", { _csrf: csrf, mode: "hold" });
    expect(set.headers.location).toBe("/admin/editions?done=mode");
    expect(await web.store.approvalMode()).toBe("hold");
    const { row } = (await buildDigestEdition(web.store, "weekly", new Date())) ?? {};
    const page = await client.get("/admin/editions?done=mode");
    expect(page.body).toContain("Each edition now waits for an editor&#x27;s approval");
    expect(page.body).toContain(`action="/admin/editions/${row?.id}/approve"`);
    const approved = await client.post(`/admin/editions/${row?.id}/approve`, { _csrf: csrf });
    expect(approved.headers.location).toBe("/admin/editions?done=approved");
    expect(await web.store.editionApproval(row?.id as number)).toMatchObject({
      approvedBy: "mara@example.org",
    });
    // Named as people read it, like the audit below.
    expect((await client.get("/admin/editions")).body).toMatch(/approved by Mara, /);
    const audit = await client.get("/admin/audit");
    // Named as the account's display name, its login beside it.
    expect(audit.body).toMatch(
      /<td>Mara <span class="muted">mara@example.org<\/span><\/td><td>edition.approve<\/td><td>edition \d+<\/td>/,
    );
    expect(audit.body).toContain("<td>editions.approval-mode</td><td></td><td>mode: hold</td>");
    expect(audit.body).toContain("<td>edition.resume</td>");
    expect(audit.body).toContain(
      "<td>edition.test-send</td><td>next daily edition</td><td>addresses: 1</td>",
    );
  });

  it("pins, moves, drops and restores stories on the draft, audited, in the preview too", async () => {
    const [wells] = await seedStories(web.store, [
      {
        headline: "Sorra wells refilled before the dry season",
        region: "africa",
        beat: "environment",
      },
    ]);
    const page = await client.get("/admin/editions");
    const period = /name="period" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
    const csrf = await deskFormToken(client, "/admin/editions");
    const pick = (act: string, extra: Record<string, string> = {}) =>
      client.post("/admin/editions/picks", {
        _csrf: csrf,
        frequency: "daily",
        period,
        act,
        ...extra,
      });
    /** The daily draft's Africa headlines, in order. */
    const africa = async () => {
      const body = (await client.get("/admin/editions")).body;
      const from = body.indexOf("<h4>Africa");
      const section = body.slice(from, body.indexOf("</ol>", from));
      return [
        ...section.matchAll(
          /<span class="draft-headline">(?:<span class="tag">pinned<\/span> )?([^<]+)</g,
        ),
      ].map((m) => m[1]);
    };
    const wellsHeadline = "Sorra wells refilled before the dry season";
    const before = await africa();
    expect(before).toHaveLength(2);
    const wellsFirst = before[0] === wellsHeadline;
    const moved = await pick(`${wellsFirst ? "down" : "up"}:${wells}`);
    expect(moved.statusCode).toBe(303);
    expect(moved.headers.location).toBe("/admin/editions?done=picked#draft-daily");
    expect(await africa()).toEqual([before[1], before[0]]);
    // Already at that end of its section.
    expect((await pick(`${wellsFirst ? "down" : "up"}:${wells}`)).statusCode).toBe(409);

    expect((await pick(`drop:${wells}`)).statusCode).toBe(303);
    expect(await africa()).not.toContain(wellsHeadline);
    expect((await client.get("/admin/editions")).body).toContain(
      "<h4>Dropped from this edition</h4>",
    );
    expect((await client.get("/preview/email?frequency=daily")).body).not.toContain("Sorra wells");
    expect((await pick(`restore:${wells}`)).statusCode).toBe(303);
    expect((await pick(`pin:${wells}`)).statusCode).toBe(303);
    expect((await africa())[0]).toBe(wellsHeadline);
    expect((await client.get("/admin/editions")).body).toContain(
      `<span class="tag">pinned</span> ${wellsHeadline}`,
    );
    expect((await client.get("/preview/email?frequency=daily")).body).toContain("Sorra wells");

    expect((await pick("pin:99999")).statusCode).toBe(409);
    const bad = await pick("explode:1");
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("That pick is not one this page offers");
    const stale = await pick(`drop:${wells}`, { period: "2020-01-01T06:00:00.000Z" });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain("That daily draft covered another period");
    const anonymous = await web.app.inject({
      method: "POST",
      url: "/admin/editions/picks",
      headers: { accept: "text/html" },
    });
    expect(anonymous.statusCode).toBe(303);

    const audit = (await client.get("/admin/audit")).body;
    for (const action of ["up|down", "drop", "restore", "pin"]) {
      expect(audit).toMatch(
        new RegExp(
          `<td>Mara <span class="muted">mara@example.org</span></td><td>edition\\.(${action})</td><td>article ${wells}</td><td>period: [^<]*, frequency: daily</td>`,
        ),
      );
    }
  });
});
