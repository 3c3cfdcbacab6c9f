import fastifyMultipart, { type MultipartFile, type MultipartValue } from "@fastify/multipart";
import { countOf } from "@newsdesk/config";
import { loadBranding } from "@newsdesk/digest";
import type { SubscriberFilter } from "@newsdesk/store";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { DeskAuth } from "../admin/desk-auth.js";
import { deskActor } from "../desk/desk-actor.js";
import {
  MAX_IMPORT_ROWS,
  parseSubscriberCsv,
  SubscriberCsvError,
  subscribersCsv,
} from "../desk/subscriber-csv.js";
import { notFound, parseIdParam } from "../id-param.js";
import { confirmationUrl, newConfirmNonce } from "../subscribers/subscriber-tokens.js";
import { confirmationEmail } from "../subscribers/subscription-emails.js";
import {
  BEAT_CHOICES,
  FREQUENCY_CHOICES,
  REGION_CHOICES,
} from "../subscribers/subscription-options.js";
import type { WebDeps } from "../web-deps.js";

const PAGE_SIZE = 50;
/** Largest import file: 2,000 rows of a few columns fit well under it. */
const MAX_IMPORT_BYTES = 1024 * 1024;
const STATUSES = ["pending", "active", "paused", "unsubscribed", "bounced"] as const;

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** The list's filters from the query; anything unknown is ignored, not an error. */
const filterQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(STATUSES).optional().catch(undefined),
  region: z
    .string()
    .refine((id) => REGION_CHOICES.some((choice) => choice.id === id))
    .optional()
    .catch(undefined),
  beat: z
    .string()
    .refine((id) => BEAT_CHOICES.some((choice) => choice.id === id))
    .optional()
    .catch(undefined),
  frequency: z.enum(["daily", "weekly"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

/**
 * `/admin/subscribers`: the list with search and filters, its CSV export
 * (`/admin/subscribers.csv`, the same filters), a CSV import (double opt-in kept: each new
 * address gets the confirmation email unless the editor states consent was given elsewhere),
 * remove, and `/admin/subscribers/suppressed`: bounced and unsubscribed addresses with why and when.
 */
export async function deskSubscriberRoutes(
  app: FastifyInstance,
  deps: Pick<WebDeps, "store" | "mailer" | "secret" | "publicUrl"> & { desk: DeskAuth },
): Promise<void> {
  const { store } = deps;
  app.addHook("onRequest", deps.desk.require("viewSubscribers"));
  const adminsOnly = deps.desk.require("manageSubscribers");
  await app.register(fastifyMultipart, {
    attachFieldsToBody: true,
    limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5 },
  });

  const listPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { notice?: string; problem?: string; imported?: object } = {},
  ) => {
    const query = filterQuery.parse(request.query ?? {});
    const filter = filterOf(query);
    const page = query.page ?? 1;
    const { rows, total } = await store.listDeskSubscribers(filter, {
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    const search = new URLSearchParams(
      Object.entries({ ...query, page: undefined }).filter(([, value]) => value) as [
        string,
        string,
      ][],
    ).toString();
    const { done } = request.query as { done?: string };
    return reply.view("desk-subscribers.hbs", {
      title: "Subscribers",
      wide: true,
      csrfToken: reply.generateCsrf(),
      query,
      total,
      from: total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1,
      to: (page - 1) * PAGE_SIZE + rows.length,
      previous: page > 1 ? `/admin/subscribers?${withPage(search, page - 1)}` : null,
      next: page * PAGE_SIZE < total ? `/admin/subscribers?${withPage(search, page + 1)}` : null,
      exportHref: `/admin/subscribers.csv${search ? `?${search}` : ""}`,
      subscribers: rows.map((row) => ({
        id: row.id,
        email: row.email,
        status: row.status,
        removable: ["pending", "active", "paused"].includes(row.status),
        regions: row.regions.length > 0 ? row.regions.join(", ") : "all",
        beats: row.beats.length > 0 ? row.beats.join(", ") : "all",
        frequency: row.frequency,
        since: dateFormat.format(new Date(row.createdAt)),
      })),
      statusChoices: STATUSES.map((id) => ({ id, label: id, selected: id === query.status })),
      regionChoices: REGION_CHOICES.map((c) => ({ ...c, selected: c.id === query.region })),
      beatChoices: BEAT_CHOICES.map((c) => ({ ...c, selected: c.id === query.beat })),
      frequencyChoices: FREQUENCY_CHOICES.map((c) => ({
        ...c,
        selected: c.id === query.frequency,
      })),
      maxImportRows: MAX_IMPORT_ROWS.toLocaleString("en"),
      notice: done === "removed" ? "Removed: the address gets no more editions." : undefined,
      ...extra,
    });
  };

  app.get("/admin/subscribers", (request, reply) => listPage(request, reply));

  app.get("/admin/subscribers.csv", { onRequest: adminsOnly }, async (request, reply) => {
    const filter = filterOf(filterQuery.parse(request.query ?? {}));
    const rows = await store.exportSubscribers(filter);
    request.log.info({ rows: rows.length }, "subscribers exported");
    await store.recordDeskAction({
      actor: await deskActor(deps.desk, request),
      action: "subscribers.export",
      detail: { rows: rows.length },
    });
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header("content-type", "text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="subscribers-${day}.csv"`)
      .header("cache-control", "no-store")
      .send(subscribersCsv(rows));
  });

  app.post(
    "/admin/subscribers/import",
    // Refused before the file is read: only an admin's upload gets that far.
    { onRequest: adminsOnly, preHandler: [readImportForm, app.csrfProtection] },
    async (request, reply) => {
      const form = request.body as ImportForm;
      if (!form.csv || form.csv.trim().length === 0) {
        return listPage(request, reply.code(400), {
          problem:
            "No file was chosen, or it is empty. Choose a CSV file with an email column, then import it.",
        });
      }
      let parsed: ReturnType<typeof parseSubscriberCsv>;
      try {
        parsed = parseSubscriberCsv(form.csv);
      } catch (error) {
        if (!(error instanceof SubscriberCsvError)) throw error;
        return listPage(request, reply.code(400), { problem: error.message });
      }
      const result = await store.importSubscribers(
        parsed.rows.map((row) => ({ ...row, confirmNonce: newConfirmNonce() })),
        { consentElsewhere: form.consent },
      );
      const branding = await loadBranding(store.db);
      for (const subscription of result.pending) {
        const confirmUrl = confirmationUrl(deps, subscription.id, subscription.confirmNonce ?? "");
        await deps.mailer.send(
          await confirmationEmail(
            subscription,
            { confirmUrl, publicUrl: deps.publicUrl },
            branding,
          ),
        );
      }
      request.log.info(
        {
          pending: result.pending.length,
          activated: result.activated,
          existing: result.existing,
          suppressed: result.suppressed,
          problems: parsed.problems.length,
        },
        "subscribers imported",
      );
      await store.recordDeskAction({
        actor: await deskActor(deps.desk, request),
        action: "subscribers.import",
        detail: {
          pending: result.pending.length,
          activated: result.activated,
          existing: result.existing,
          leftOut: parsed.problems.length,
          consentElsewhere: form.consent,
        },
      });
      return listPage(request, reply, {
        imported: {
          added: result.pending.length + result.activated,
          emailed: result.pending.length,
          activated: result.activated,
          existing: result.existing,
          suppressed: result.suppressed,
          problems: parsed.problems.slice(0, 50),
          moreProblems: Math.max(0, parsed.problems.length - 50),
        },
      });
    },
  );

  app.post(
    "/admin/subscribers/:id/remove",
    { onRequest: adminsOnly, preHandler: app.csrfProtection },
    async (request, reply) => {
      const id = parseIdParam(request.params);
      const subscriber = id === undefined ? undefined : await store.getSubscriber(id);
      if (!subscriber)
        throw notFound("There is no such subscriber. See them all at /admin/subscribers.");
      if (await store.removeSubscriber(subscriber.id, "removed on the desk")) {
        await store.recordDeskAction({
          actor: await deskActor(deps.desk, request),
          action: "subscriber.remove",
          subject: `subscriber ${subscriber.id}`,
        });
      }
      request.log.info({ subscriberId: subscriber.id }, "subscriber removed on the desk");
      return reply.redirect("/admin/subscribers?done=removed", 303);
    },
  );

  app.get("/admin/subscribers/suppressed", async (_request, reply) => {
    const rows = await store.suppressionList();
    return reply.view("desk-suppressed.hbs", {
      title: "Suppression list",
      wide: true,
      entries: rows.map((row) => ({
        email: row.email,
        status: row.status,
        reason:
          row.reason ??
          (row.status === "bounced"
            ? countOf(row.bounceCount, "bounce")
            : "by the reader (link, one-click or email)"),
        at: `${dateFormat.format(new Date(row.at))} UTC`,
      })),
    });
  });
}

function filterOf(query: z.infer<typeof filterQuery>): SubscriberFilter {
  return {
    search: query.q || undefined,
    status: query.status,
    region: query.region,
    beat: query.beat,
    frequency: query.frequency,
  };
}

function withPage(search: string, page: number): string {
  return search ? `${search}&page=${page}` : `page=${page}`;
}

/** The import form once read: the CSRF token where the check looks, the box and the file's text. */
interface ImportForm {
  _csrf?: string | undefined;
  consent: boolean;
  csv?: string | undefined;
}

/** Turns the multipart fields into what the CSRF check and the handler read. */
async function readImportForm(request: FastifyRequest): Promise<void> {
  const fields = (request.isMultipart() ? request.body : {}) as Record<
    string,
    MultipartFile | MultipartValue | undefined
  >;
  const value = (name: string) => {
    const field = fields[name];
    return field?.type === "field" && typeof field.value === "string" ? field.value : undefined;
  };
  const file = fields.file;
  const form: ImportForm = {
    _csrf: value("_csrf"),
    consent: value("consent") === "yes",
    csv: file?.type === "file" ? (await file.toBuffer()).toString("utf8") : undefined,
  };
  request.body = form;
}
