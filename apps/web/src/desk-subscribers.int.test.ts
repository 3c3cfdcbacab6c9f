import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deskFormToken, signedInDesk } from "./test-support/desk-session.js";
import { messagesTo, type WebClient } from "./test-support/web-client.js";
import { startTestWeb, type TestWeb } from "./test-support/web-harness.js";

/** The import form as a browser encodes it. */
async function importForm(csrf: string, csv: string, consent: boolean) {
  const form = new FormData();
  form.append("_csrf", csrf);
  if (consent) form.append("consent", "yes");
  form.append("file", new File([csv], "list.csv", { type: "text/csv" }));
  const request = new Request("http://127.0.0.1/", { method: "POST", body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { "content-type": request.headers.get("content-type") ?? "" },
  };
}

describe("the desk's subscribers: list, import, export, remove, suppression list", () => {
  let web: TestWeb;
  let client: WebClient;
  beforeAll(async () => {
    web = await startTestWeb();
    client = await signedInDesk(web.app);
  });
  beforeEach(async () => {
    await web.store.reset();
  });
  afterAll(async () => {
    await web?.close();
  });

  const csrf = () => deskFormToken(client, "/admin/subscribers");

  it("imports a CSV: a confirmation email to each new address, rows it cannot read named", async () => {
    const csv =
      "email,regions,beats,frequency\nana@example.org,europe,politics,weekly\nnot-an-address,,,\nbo@example.org,,,\n";
    const { payload, headers } = await importForm(await csrf(), csv, false);
    const response = await client.postRaw("/admin/subscribers/import", payload, headers);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("Imported 2 new addresses: 2 were sent the confirmation email");
    expect(response.body).toContain("line 3: &quot;not-an-address&quot; is not an email address");
    const [mail] = await messagesTo(web.outboxDir, "ana@example.org");
    expect(mail?.subject).toContain("Confirm");
    expect(response.body).toContain(
      "<td>ana@example.org</td><td>pending</td><td>europe</td><td>politics</td><td>weekly</td>",
    );

    // Again, with consent given elsewhere: the known addresses stay as they are.
    const again = await importForm(await csrf(), `${csv}cy@example.org,,,\n`, true);
    const second = await client.postRaw("/admin/subscribers/import", again.payload, again.headers);
    expect(second.body).toContain("Imported 1 new addresses: 1 active at once");
    expect(second.body).toContain("2 were already here and were left as they are");
    expect(await messagesTo(web.outboxDir, "cy@example.org")).toHaveLength(0);
  });

  it("filters the list and exports the same rows as CSV", async () => {
    await web.store.importSubscribers(
      [
        {
          email: "ana@example.org",
          regions: ["europe"],
          beats: [],
          frequency: "daily",
          timezone: "UTC",
          confirmNonce: "n1",
        },
        {
          email: "bo@example.org",
          regions: ["africa"],
          beats: [],
          frequency: "weekly",
          timezone: "UTC",
          confirmNonce: "n2",
        },
      ],
      { consentElsewhere: true },
    );
    const list = await client.get("/admin/subscribers?region=africa&status=active&q=bo");
    expect(list.body).toContain("1–1 of 1.");
    expect(list.body).toContain("bo@example.org");
    expect(list.body).not.toContain("ana@example.org");
    expect(list.body.replaceAll("&#x3D;", "=")).toContain(
      'href="/admin/subscribers.csv?q=bo&amp;status=active&amp;region=africa"',
    );
    const csv = await client.get("/admin/subscribers.csv?frequency=weekly");
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers["content-disposition"]).toMatch(
      /^attachment; filename="subscribers-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(csv.body.split("\n").slice(0, 2)).toEqual([
      "email,status,regions,beats,frequency,timezone,created_at,confirmed_at",
      expect.stringMatching(/^bo@example\.org,active,africa,,weekly,UTC,/),
    ]);
    // Unknown filter values are ignored, not an error.
    expect((await client.get("/admin/subscribers?status=nope&page=x")).statusCode).toBe(200);
  });

  it("removes a subscriber, who then shows on the suppression list with the reason", async () => {
    await web.store.importSubscribers(
      [
        {
          email: "ana@example.org",
          regions: [],
          beats: [],
          frequency: "daily",
          timezone: "UTC",
          confirmNonce: "n",
        },
      ],
      { consentElsewhere: true },
    );
    const [ana] = await web.store.exportSubscribers({});
    const removed = await client.post(`/admin/subscribers/${ana?.id}/remove`, {
      _csrf: await csrf(),
    });
    expect(removed.statusCode).toBe(303);
    expect((await client.get(removed.headers.location as string)).body).toContain(
      "Removed: the address gets no more editions.",
    );
    const suppressed = await client.get("/admin/subscribers/suppressed");
    expect(suppressed.body).toMatch(
      /<td>ana@example.org<\/td><td>unsubscribed<\/td><td>removed on the desk<\/td>/,
    );
    expect((await client.get("/admin/audit")).body).toContain(
      `<td>subscriber.remove</td><td>subscriber ${ana?.id}</td>`,
    );
    const noToken = await client.post(`/admin/subscribers/${ana?.id}/remove`, {});
    expect(noToken.statusCode).toBe(403);
  });

  it("answers an import without a file, or without an email column, with the list and why", async () => {
    const { payload, headers } = await importForm(await csrf(), "name\nAna\n", false);
    const response = await client.postRaw("/admin/subscribers/import", payload, headers);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("The file has no email column.");
  });
});
