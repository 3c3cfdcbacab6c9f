import { seedStories } from "@newsdesk/digest/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deskFormToken, signedInDesk } from "./test-support/desk-session.js";
import { messagesTo, WebClient } from "./test-support/web-client.js";
import { startTestWeb, type TestWeb } from "./test-support/web-harness.js";

describe("the desk's branding page", () => {
  let web: TestWeb;
  let desk: WebClient;
  beforeAll(async () => {
    web = await startTestWeb();
    await seedStories(web.store, [
      { headline: "Ferry fares frozen on the Vell crossing", region: "europe", beat: "economy" },
    ]);
    desk = await signedInDesk(web.app);
  });
  afterAll(async () => {
    await web?.close();
  });

  it("refuses a save without a session or without the form's token", async () => {
    const anonymous = await web.app.inject({
      method: "POST",
      url: "/admin/branding",
      headers: { accept: "text/html", "content-type": "application/x-www-form-urlencoded" },
      payload: "name=Pirate",
    });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe("/admin?done=not-saved");
    const forged = await desk.post("/admin/branding", { name: "Pirate" });
    expect(forged.statusCode).toBe(403);
  });

  it("shows today's defaults, and says what to change for each refused field", async () => {
    const page = await desk.get("/admin/branding");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('placeholder="Newsdesk"');
    expect(page.body).toContain('placeholder="#0b3d91"');
    const csrf = await deskFormToken(desk, "/admin/branding");
    const refused = await desk.post("/admin/branding", {
      _csrf: csrf,
      name: "Tidewater Post",
      accentColour: "#ffcc00",
      logoUrl: "http://cdn.example.org/tide.png",
      introLine: "x".repeat(201),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("Nothing was saved: 3 fields need a change");
    expect(refused.body).toMatch(/#ffcc00 reads 1\.\d\d:1 against white: .*such as #[0-9a-f]{6}/);
    expect(refused.body).toContain("must be a full https:// URL");
    expect(refused.body).toContain("201 characters: keep it to 200 or fewer");
    // What was typed stays in the form.
    expect(refused.body).toContain('value="Tidewater Post"');
    expect(refused.body).toContain('aria-invalid="true" aria-describedby="accentColour-problem"');
    expect(await web.store.listDeskActions()).toEqual([]);
  });

  it("saves it, audits it, and uses it in the preview, the site and the confirmation email", async () => {
    const csrf = await deskFormToken(desk, "/admin/branding");
    const saved = await desk.post("/admin/branding", {
      _csrf: csrf,
      name: "Tidewater Post",
      senderName: "Tidewater desk",
      accentColour: "#7a1f5c",
      logoUrl: "https://cdn.example.org/tide.png",
      introLine: "Good morning from the quay.",
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe("/admin/branding?done=saved");
    expect((await desk.get("/admin/branding?done=saved")).body).toContain('value="#7a1f5c"');

    const audit = await desk.get("/admin/audit");
    expect(audit.body).toContain(
      "<td>branding.save</td><td></td><td>changed: name senderName accentColour logoUrl introLine</td>",
    );

    const preview = await desk.get("/preview");
    expect(preview.body).toMatch(/Tidewater Post daily: Ferry fares frozen/);
    const email = await desk.get("/preview/email");
    expect(email.body).toContain("background-color:#7a1f5c");
    expect(email.body).toContain("Good morning from the quay.");

    const reader = new WebClient(web.app, "10.9.0.1");
    const front = await reader.get("/");
    expect(front.body).toContain('<a class="brand" href="/">Tidewater Post</a>');
    expect(front.body).toContain("The Tidewater Post digest");
    await reader.post("/subscribe", {
      _csrf: await reader.csrfTokenFrom("/"),
      email: "ana@example.org",
      regions: ["europe"],
      frequency: "daily",
      timezone: "Europe/Lisbon",
      website: "",
    });
    const [mail] = await messagesTo(web.outboxDir, "ana@example.org");
    expect(mail?.subject).toBe("Confirm your Tidewater Post subscription");
    expect(mail?.from?.text).toBe('"Tidewater desk" <digest@news.example.org>');
    expect(mail?.html).toContain("background-color:#7a1f5c");
  });
});
