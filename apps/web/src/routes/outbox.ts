import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { formatBytes } from "@newsdesk/config";
import type { FastifyInstance } from "fastify";
import type { DeskAuth } from "../admin/desk-auth.js";
import { sendEmailFrame } from "../email-frame.js";
import { notFound } from "../id-param.js";
import { listOutbox, outboxFileName } from "../outbox/outbox-files.js";
import { readOutboxEmail } from "../outbox/read-email.js";
import type { WebDeps } from "../web-deps.js";

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "UTC",
});

/**
 * `/outbox`: the emails the embedded outbox captured (`$DATA_DIR/outbox`), newest first, and
 * each as its recipient would see it: HTML in a sandboxed frame, the text part, the headers.
 * Admins only: confirmation emails carry links that act for their recipient.
 */
export async function outboxRoutes(
  app: FastifyInstance,
  deps: Pick<WebDeps, "dataDir" | "mailer"> & { desk: DeskAuth },
): Promise<void> {
  const dir = join(deps.dataDir, "outbox");
  app.addHook("onRequest", deps.desk.require("operate"));

  app.get("/outbox", async (_request, reply) => {
    const files = await listOutbox(dir);
    return reply.view("outbox.hbs", {
      title: "Outbox",
      smtp: deps.mailer.kind === "smtp" ? deps.mailer.location : null,
      dir,
      emails: await Promise.all(
        files.map(async (file) => {
          const email = await readOutboxEmail(dir, file.name);
          return {
            href: `/outbox/${encodeURIComponent(file.name)}`,
            subject: email?.subject ?? "(gone)",
            to: email?.to ?? "",
            when: timeFormat.format(file.modifiedAt),
            size: formatBytes(file.bytes),
          };
        }),
      ),
    });
  });

  const load = async (params: unknown) => {
    const name = outboxFileName((params as { file?: unknown }).file);
    const email = name ? await readOutboxEmail(dir, name) : undefined;
    if (!name || !email) {
      throw notFound(
        "No such email in the outbox. The list at /outbox shows every captured email.",
      );
    }
    return { name, email };
  };

  app.get("/outbox/:file", async (request, reply) => {
    const { name, email } = await load(request.params);
    const base = `/outbox/${encodeURIComponent(name)}`;
    return reply.view("outbox-email.hbs", {
      title: email.subject,
      subject: email.subject,
      from: email.from,
      to: email.to,
      date: email.date ? `${timeFormat.format(email.date)} UTC` : "",
      hasHtml: email.html !== null,
      htmlSrc: `${base}/html`,
      text: email.text,
      headers: email.headers,
      raw: `${base}/raw`,
    });
  });

  app.get("/outbox/:file/html", async (request, reply) => {
    const { email } = await load(request.params);
    if (email.html === null)
      return sendEmailFrame(reply.code(404), "This email has no HTML part.", "text");
    return sendEmailFrame(reply, email.html, "html");
  });

  app.get("/outbox/:file/raw", async (request, reply) => {
    const { name } = await load(request.params);
    return sendEmailFrame(reply, await readFile(join(dir, name), "utf8"), "text");
  });
}
