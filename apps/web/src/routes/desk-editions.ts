import { countOf } from "@newsdesk/config";
import { resumeEdition } from "@newsdesk/digest";
import { newMessageToken } from "@newsdesk/mail";
import { movedPositions } from "@newsdesk/newsletter";
import type { Queues } from "@newsdesk/queue";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { DeskAuth } from "../admin/desk-auth.js";
import { deskActor } from "../desk/desk-actor.js";
import { deskNames } from "../desk/desk-names.js";
import {
  draftSections,
  inEdition,
  parsePickForm,
  pickPeriodOf,
} from "../desk/edition-picks-form.js";
import { editionStatusLabel } from "../desk/edition-status-label.js";
import { testSendAddresses, testSubject } from "../desk/test-send.js";
import { notFound, parseIdParam } from "../id-param.js";
import type { PreviewRenderer } from "../preview/preview-renderer.js";
import { messageDomain } from "../subscribers/subscription-emails.js";
import type { WebDeps } from "../web-deps.js";

const FREQUENCIES = ["daily", "weekly"] as const;
const EVERYTHING = { regions: [], beats: [] };

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
 * deliver job queued again for every delivery it held. `POST /admin/editions/test-send` mails
 * the next edition's email, exactly as `/preview` renders it, to the addresses an editor typed,
 * its subject marked "[TEST]". The approval mode (send automatically, or hold each edition until
 * approved) is set here, and a held draft is approved here.
 */
export async function deskEditionRoutes(
  app: FastifyInstance,
  deps: Pick<WebDeps, "store" | "publicUrl" | "schedule" | "mailer"> & {
    queues: Queues;
    desk: DeskAuth;
    previews: PreviewRenderer;
  },
): Promise<void> {
  const { store } = deps;
  app.addHook("onRequest", deps.desk.require());

  const editionsPage = async (request: FastifyRequest, reply: FastifyReply, problem?: string) => {
    const drafts = await Promise.all(
      FREQUENCIES.map(async (frequency) => {
        const preview = await deps.previews.render(frequency, EVERYTHING);
        const [audience, dropped] = await Promise.all([
          store.audienceSize(frequency),
          store.droppedArticles(pickPeriodOf(frequency, preview.period)),
        ]);
        const sections = preview.kind === "email" ? draftSections(preview.edition) : [];
        return {
          frequency,
          title: frequency === "daily" ? "Next daily edition" : "Next weekly edition",
          span: preview.span,
          period: preview.period.start.toISOString(),
          audience,
          sections,
          dropped,
          audienceLabel: countOf(audience, `active ${frequency} subscriber`),
          articlesLabel: countOf(
            sections.reduce((sum, section) => sum + section.count, 0),
            "story",
            "stories",
          ),
          previewHref: `/preview?frequency=${frequency}`,
        };
      }),
    );
    const [mode, names] = await Promise.all([store.approvalMode(), deskNames(store)]);
    const editions = (await store.listEditionStatus()).map((edition) => ({
      ...edition,
      status: editionStatusLabel(edition),
      approvable: edition.status === "draft" && edition.approvedAt === null,
      approved: edition.approvedBy
        ? `approved by ${names.get(edition.approvedBy) ?? edition.approvedBy}, ${timeFormat.format(new Date(edition.approvedAt ?? 0))} UTC`
        : null,
      title: `${edition.frequency === "daily" ? "Daily" : "Weekly"}, ${timeFormat.format(new Date(edition.periodStart))} to ${timeFormat.format(new Date(edition.periodEnd))} UTC`,
      paused: edition.status === "paused",
      archiveHref: edition.status === "draft" ? null : `/archive/${edition.id}`,
    }));
    const { done, queued, count } = request.query as {
      done?: string;
      queued?: string;
      count?: string;
    };
    return reply.view("desk-editions.hbs", {
      title: "Editions",
      wide: true,
      csrfToken: reply.generateCsrf(),
      drafts,
      editions,
      hold: mode === "hold",
      problem,
      notice: problem
        ? undefined
        : done === "mode"
          ? mode === "hold"
            ? "Each edition now waits for an editor's approval before it goes out."
            : "Editions now go out automatically when due."
          : done === "picked"
            ? "Saved: the draft and the preview show it, and the edition goes out so."
            : done === "approved"
              ? "Approved: it goes out at the next schedule tick (within a quarter of an hour)."
              : done === "test-sent"
                ? `Test sent to ${countOf(Number.parseInt(count ?? "0", 10) || 0, "address", "addresses")}, its subject marked [TEST]. It is the email as it stands now: edits made since change the next one.`
                : done === "resumed"
                  ? `Resumed: ${countOf(Number.parseInt(queued ?? "0", 10) || 0, "delivery", "deliveries")} queued again.`
                  : done === "not-paused"
                    ? "That edition was not paused: nothing changed."
                    : undefined,
    });
  };

  app.get("/admin/editions", (request, reply) => editionsPage(request, reply));

  app.post(
    "/admin/editions/picks",
    { onRequest: deps.desk.require("draftEditions"), preHandler: app.csrfProtection },
    async (request, reply) => {
      const form = parsePickForm(request.body);
      if ("problem" in form) return editionsPage(request, reply.code(400), form.problem);
      const { frequency, action, articleId } = form;
      const preview = await deps.previews.render(frequency, EVERYTHING);
      if (form.period !== preview.period.start.toISOString()) {
        return editionsPage(
          request,
          reply.code(409),
          `That ${frequency} draft covered another period: it was sent, or its period ended. Below is the next one: pick again there.`,
        );
      }
      const period = pickPeriodOf(frequency, preview.period);
      const actor = await deskActor(deps.desk, request);
      const edition = preview.kind === "email" ? preview.edition : null;
      if (action === "up" || action === "down") {
        const section = edition?.sections.find((s) =>
          s.items.some((i) => i.articleId === articleId),
        );
        const order = section?.items.map((item) => item.articleId) ?? [];
        const positions = movedPositions(order, articleId, action);
        if (!positions) {
          return editionsPage(
            request,
            reply.code(409),
            `Article ${articleId} cannot move ${action}: it is already ${action === "up" ? "first" : "last"} in its section, or no longer in the draft. Reload the page to see the draft as it is.`,
          );
        }
        await store.placeArticles(period, positions, actor);
      } else {
        if (
          (action === "pin" || action === "drop") &&
          !(edition && inEdition(edition, articleId))
        ) {
          return editionsPage(
            request,
            reply.code(409),
            `Article ${articleId} is not in the ${frequency} draft (it may have been hidden, merged or dropped). Reload the page to see the draft as it is.`,
          );
        }
        await store.pickArticle(period, articleId, action, actor);
      }
      await store.recordDeskAction({
        actor: actor,
        action: `edition.${action}`,
        subject: `article ${articleId}`,
        detail: { frequency, period: form.period.slice(0, 16).replace("T", " ") },
      });
      request.log.info({ frequency, action, articleId }, "edition pick saved on the desk");
      return reply.redirect(`/admin/editions?done=picked#draft-${frequency}`, 303);
    },
  );

  app.post(
    "/admin/editions/test-send",
    { onRequest: deps.desk.require("testSendEditions"), preHandler: app.csrfProtection },
    async (request, reply) => {
      const body = (request.body ?? {}) as { frequency?: string; addresses?: string };
      const frequency = body.frequency === "weekly" ? "weekly" : "daily";
      const typed = testSendAddresses(typeof body.addresses === "string" ? body.addresses : "");
      if ("problem" in typed) return editionsPage(request, reply.code(400), typed.problem);
      const preview = await deps.previews.render(frequency, EVERYTHING);
      if (preview.kind !== "email") {
        return editionsPage(
          request,
          reply.code(409),
          `The next ${frequency} edition has no stories yet (${preview.span}), so there is nothing to test. Upload a dump, or wait for the worker to classify it.`,
        );
      }
      const domain = messageDomain(deps.publicUrl);
      for (const to of typed.addresses) {
        await deps.mailer.send({
          to,
          subject: testSubject(preview.email.subject),
          html: preview.email.html,
          text: preview.email.text,
          messageId: `<test-${newMessageToken()}@${domain}>`,
        });
      }
      request.log.info({ frequency, addresses: typed.addresses.length }, "test edition sent");
      await store.recordDeskAction({
        actor: await deskActor(deps.desk, request),
        action: "edition.test-send",
        subject: `next ${frequency} edition`,
        detail: { addresses: typed.addresses.length },
      });
      return reply.redirect(`/admin/editions?done=test-sent&count=${typed.addresses.length}`, 303);
    },
  );

  app.post(
    "/admin/editions/approval-mode",
    { onRequest: deps.desk.require("setApprovalMode"), preHandler: app.csrfProtection },
    async (request, reply) => {
      const { mode } = (request.body ?? {}) as { mode?: string };
      const chosen = mode === "hold" ? "hold" : "automatic";
      const actor = await deskActor(deps.desk, request);
      await store.setApprovalMode(chosen, actor);
      await store.recordDeskAction({
        actor,
        action: "editions.approval-mode",
        detail: { mode: chosen },
      });
      request.log.info({ mode: chosen }, "approval mode set on the desk");
      return reply.redirect("/admin/editions?done=mode", 303);
    },
  );

  app.post(
    "/admin/editions/:id/approve",
    { onRequest: deps.desk.require("sendEditions"), preHandler: app.csrfProtection },
    async (request, reply) => {
      const id = parseIdParam(request.params);
      const edition = id === undefined ? undefined : await store.getEdition(id);
      if (!edition) throw notFound("There is no such edition. See them all at /admin/editions.");
      const actor = await deskActor(deps.desk, request);
      if (await store.approveEdition(edition.id, actor)) {
        await store.recordDeskAction({
          actor,
          action: "edition.approve",
          subject: `edition ${edition.id}`,
        });
      }
      request.log.info({ editionId: edition.id }, "edition approved on the desk");
      return reply.redirect("/admin/editions?done=approved", 303);
    },
  );

  app.post(
    "/admin/editions/:id/resume",
    { onRequest: deps.desk.require("sendEditions"), preHandler: app.csrfProtection },
    async (request, reply) => {
      const id = parseIdParam(request.params);
      const edition = id === undefined ? undefined : await store.getEdition(id);
      if (!edition) throw notFound("There is no such edition. See them all at /admin/editions.");
      const resumed = await resumeEdition({ store, deliverQueue: deps.queues.deliver }, edition.id);
      request.log.info(
        { editionId: edition.id, queued: resumed.queued },
        "edition resumed on the desk",
      );
      if (resumed.resumed) {
        await store.recordDeskAction({
          actor: await deskActor(deps.desk, request),
          action: "edition.resume",
          subject: `edition ${edition.id}`,
          detail: { queued: resumed.queued },
        });
      }
      return reply.redirect(
        resumed.resumed
          ? `/admin/editions?done=resumed&queued=${resumed.queued}`
          : "/admin/editions?done=not-paused",
        303,
      );
    },
  );
}
