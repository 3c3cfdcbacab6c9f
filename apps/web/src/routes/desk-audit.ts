import type { FastifyInstance } from "fastify";
import type { DeskAuth } from "../admin/desk-auth.js";
import { deskNames } from "../desk/desk-names.js";
import { parseIdParam } from "../id-param.js";
import type { WebDeps } from "../web-deps.js";

const PAGE_SIZE = 100;

/** `/admin/audit`: every desk action (edits, imports, removals, approvals, sends), newest first. */
export async function deskAuditRoutes(
  app: FastifyInstance,
  deps: Pick<WebDeps, "store"> & { desk: DeskAuth },
): Promise<void> {
  app.addHook("onRequest", deps.desk.require());
  app.get("/admin/audit", async (request, reply) => {
    const { before } = request.query as { before?: string };
    const rows = await deps.store.listDeskActions({
      limit: PAGE_SIZE,
      before: before === undefined ? undefined : parseIdParam({ id: before }),
    });
    const last = rows.at(-1);
    const names = await deskNames(deps.store);
    return reply.view("desk-audit.hbs", {
      title: "Audit log",
      wide: true,
      entries: rows.map((row) => ({
        when: new Date(row.createdAt).toISOString().replace("T", " ").slice(0, 19),
        actor: names.get(row.actor) ?? row.actor,
        login: names.has(row.actor) ? row.actor : null,
        action: row.action,
        subject: row.subject,
        detail: Object.entries(row.detail)
          .map(([key, value]) => `${key}: ${String(value)}`)
          .join(", "),
      })),
      older: rows.length === PAGE_SIZE && last ? `/admin/audit?before=${last.id}` : null,
    });
  });
}
