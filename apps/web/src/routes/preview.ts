import type { ServerResponse } from "node:http";
import { countOf } from "@newsdesk/config";
import { previewSubscriberLinks } from "@newsdesk/digest";
import { beatName, DEFAULT_REGION_ORDER, regionName, TOP_LEVEL_BEATS } from "@newsdesk/newsletter";
import type { FastifyInstance } from "fastify";
import type { DeskAuth } from "../admin/desk-auth.js";
import { sendEmailFrame } from "../email-frame.js";
import { checkLinks } from "../preview/check-links.js";
import { type EmailSize, emailSize } from "../preview/email-size.js";
import { forceDarkScheme } from "../preview/force-dark.js";
import type { PreviewRenderer } from "../preview/preview-renderer.js";
import { watchTemplates } from "../preview/template-watcher.js";
import { type PreviewParams, parseQuery, previewParams, previewSearch } from "../segment-params.js";
import type { WebDeps } from "../web-deps.js";

/**
 * `/preview`: the newsletter any reader would get at the next send (the period the sender
 * sends, `digestPeriod`), from the articles stored so far, with its
 * size against Gmail's clipping limit and a link check; `/preview/email` is the email itself
 * for the page's sandboxed frame; `/preview/events` tells the page to reload when a template
 * changes (development only).
 */
export async function previewRoutes(
  app: FastifyInstance,
  deps: Pick<WebDeps, "publicUrl" | "development" | "adminToken"> & {
    desk: DeskAuth;
    previews: PreviewRenderer;
  },
): Promise<void> {
  // A desk page: it shows articles no edition has mailed yet.
  app.addHook("onRequest", deps.desk.require());
  const renderer = deps.previews;
  const listeners = new Set<ServerResponse>();
  if (deps.development) {
    const watcher = watchTemplates(() => {
      renderer.clear();
      for (const response of listeners) response.write("event: change\ndata: templates\n\n");
    });
    // Before the server stops waiting for connections: open event streams never go idle.
    app.addHook("preClose", async () => {
      watcher.close();
      for (const response of listeners) response.end();
      listeners.clear();
    });
  }
  const subscriberUrls = Object.values(previewSubscriberLinks(deps.publicUrl)).filter((value) =>
    value.startsWith("http"),
  );

  app.get("/preview", async (request, reply) => {
    const params = parseQuery(previewParams, request.query);
    const result = await renderer.render(params.frequency, params);
    const page = {
      title: "Newsletter preview",
      wide: true,
      development: deps.development,
      form: formChoices(params),
      switches: switches(params),
      params,
    };
    if (result.kind !== "email") {
      const empty =
        result.kind === "no-articles"
          ? `No classified articles came in during ${result.span}. Ingest a dump (\`newsdesk ingest FILE --wait\`, or POST /api/dumps)${params.frequency === "daily" ? ", or try weekly" : ""}.`
          : `Nothing in ${result.span} matches these regions and beats: tick more of them, or none for everything.`;
      return reply.view("preview.hbs", { ...page, empty });
    }
    const links = await checkLinks(app, result.email.html, {
      publicUrl: deps.publicUrl,
      subscriberUrls,
      adminToken: deps.adminToken,
    });
    return reply.view("preview.hbs", {
      ...page,
      subject: result.email.subject,
      preheader: result.email.preheader,
      stories: result.template.storyCount,
      // For the editor: cards left out to stay under Gmail's clipping size, MJML's warnings.
      trimmed: result.template.trimmed,
      warnings: result.template.warnings,
      size: withLevelFlags(emailSize(result.email.html)),
      textSize: emailSize(result.email.text),
      links: links.map((link) => ({
        ...link,
        ok: link.verdict === "ok",
        broken: link.verdict === "broken",
        repeated: link.count > 1,
      })),
      linkCount: countOf(links.length, "link"),
      brokenLinks: links.filter((link) => link.verdict === "broken").length,
      frameSrc: `/preview/email?${previewSearch(params)}`,
      frameTitle: `The email, ${params.format === "text" ? "plain text" : "HTML"}`,
    });
  });

  app.get("/preview/email", async (request, reply) => {
    const params = parseQuery(previewParams, request.query);
    const result = await renderer.render(params.frequency, params);
    if (result.kind !== "email") {
      return sendEmailFrame(reply.code(404), "Nothing to preview for these choices.", "text");
    }
    if (params.format === "text") return sendEmailFrame(reply, result.email.text, "text");
    const html = params.theme === "dark" ? forceDarkScheme(result.email.html) : result.email.html;
    return sendEmailFrame(reply, html, "html");
  });

  app.get("/preview/events", (request, reply) => {
    if (!deps.development) {
      return reply
        .code(404)
        .send({ error: "template reload runs in development only", status: 404 });
    }
    reply.hijack();
    const response = reply.raw;
    response.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      connection: "keep-alive",
    });
    response.write(": watching templates\n\n");
    listeners.add(response);
    request.raw.on("close", () => listeners.delete(response));
  });
}

// The views have no helpers: they are given booleans.
function withLevelFlags(size: EmailSize) {
  return { ...size, clipped: size.level === "clipped", near: size.level === "near" };
}

function formChoices(params: PreviewParams) {
  return {
    regions: DEFAULT_REGION_ORDER.map((id) => ({
      id,
      name: regionName(id),
      checked: params.regions.includes(id),
    })),
    beats: TOP_LEVEL_BEATS.map((id) => ({
      id,
      name: beatName(id),
      checked: params.beats.includes(id),
    })),
    daily: params.frequency === "daily",
    weekly: params.frequency === "weekly",
  };
}

/** Each switch is a link to the same preview with one parameter changed (no script needed). */
function switches(params: PreviewParams) {
  const link = (label: string, change: Partial<PreviewParams>) => {
    const key = Object.keys(change)[0] as keyof PreviewParams;
    return {
      label,
      href: `/preview?${previewSearch(params, change)}`,
      current: params[key] === change[key],
    };
  };
  return [
    {
      name: "Width",
      options: [
        link("Desktop (600 px)", { width: "desktop" }),
        link("Mobile (375 px)", { width: "mobile" }),
      ],
    },
    {
      name: "Colours",
      options: [link("Light", { theme: "light" }), link("Dark mode", { theme: "dark" })],
    },
    {
      name: "Part",
      options: [link("HTML", { format: "html" }), link("Plain text", { format: "text" })],
    },
  ];
}
