import { renderPreview, resumeEdition } from "@newsdesk/digest";
import type { Queues } from "@newsdesk/queue";
import type { FastifyInstance } from "fastify";
import { requireAdmin } from "../admin/require-admin.js";
import { notFound, parseIdParam } from "../id-param.js";
import type { WebDeps } from "../web-deps.js";

const FREQUENCIES = ["daily", "weekly"] as const;
/** Headlines a draft shows per section; the preview shows the rest. */
const DRAFT_HEADLINES = 5;

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/**
 * `/admin/editions`: the next edition of each schedule as a draft (its period, audience,
 * sections and articles, as `/preview` renders it), and every edition built so far with its
 * deliveries by state; a paused one has a resume button (`POST /admin/editions/:id/resume`,
 * CSRF-checked), which does what `newsdesk digest resume` does: back to prepared, and a
 * deliver job queued again for every delivery it held.
 */
export async function deskEditionRoutes(
  app: FastifyInstance,
  deps: Pick<WebDeps, "store" | "adminToken" | "publicUrl" | "schedule"> & { queues: Queues },
): Promise<void> {
  const { store } = deps;
  app.addHook("onRequest", requireAdmin(deps.adminToken));

  app.get("/admin/editions", async (request, reply) => {
    const drafts = await Promise.all(
      FREQUENCIES.map(async (frequency) => {
        const [preview, audience] = await Promise.all([
          renderPreview(store.db, {
            frequency,
            segment: { regions: [], beats: [] },
            publicUrl: deps.publicUrl,
            schedule: deps.schedule,
          }),
          store.audienceSize(frequency),
        ]);
        const sections =
          preview.kind === "email"
            ? preview.edition.sections.map((section) => ({
                name: section.name,
                count: section.items.length,
                headlines: section.items.slice(0, DRAFT_HEADLINES).map((item) => item.headline),
                more: Math.max(0, section.items.length - DRAFT_HEADLINES),
              }))
            : [];
        return {
          frequency,
          title: frequency === "daily" ? "Next daily edition" : "Next weekly edition",
          span: preview.span,
          audience,
          sections,
          articles: sections.reduce((sum, section) => sum + section.count, 0),
          previewHref: `/preview?frequency=${frequency}`,
        };
      }),
    );
    const editions = (await store.listEditionStatus()).map((edition) => ({
      ...edition,
      title: `${edition.frequency === "daily" ? "Daily" : "Weekly"}, ${timeFormat.format(new Date(edition.periodStart))} to ${timeFormat.format(new Date(edition.periodEnd))} UTC`,
      paused: edition.status === "paused",
      archiveHref: edition.status === "draft" ? null : `/archive/${edition.id}`,
    }));
    const { done, queued } = request.query as { done?: string; queued?: string };
    return reply.view("desk-editions.hbs", {
      title: "Editions",
      wide: true,
      csrfToken: reply.generateCsrf(),
      drafts,
      editions,
      notice:
        done === "resumed"
          ? `Resumed: ${Number.parseInt(queued ?? "0", 10) || 0} deliveries queued again.`
          : done === "not-paused"
            ? "That edition was not paused: nothing changed."
            : undefined,
    });
  });

  app.post(
    "/admin/editions/:id/resume",
    { preHandler: app.csrfProtection },
    async (request, reply) => {
      const id = parseIdParam(request.params);
      const edition = id === undefined ? undefined : await store.getEdition(id);
      if (!edition) throw notFound("There is no such edition. See them all at /admin/editions.");
      const resumed = await resumeEdition({ store, deliverQueue: deps.queues.deliver }, edition.id);
      request.log.info(
        { editionId: edition.id, queued: resumed.queued },
        "edition resumed on the desk",
      );
      return reply.redirect(
        resumed.resumed
          ? `/admin/editions?done=resumed&queued=${resumed.queued}`
          : "/admin/editions?done=not-paused",
        303,
      );
    },
  );
}
