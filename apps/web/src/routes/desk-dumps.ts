import { countOf } from "@newsdesk/config";
import { deriveHeadline } from "@newsdesk/parser";
import { ArticleEditError } from "@newsdesk/store";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { DeskAuth } from "../admin/desk-auth.js";
import { lowConfidenceNote } from "../desk/boundary-confidence.js";
import { deskActor } from "../desk/desk-actor.js";
import { DONE_NOTICES, dumpArticleItem } from "../desk/dump-views.js";
import { notFound, parseIdParam } from "../id-param.js";
import { BEAT_CHOICES, REGION_CHOICES } from "../subscribers/subscription-options.js";
import type { WebDeps } from "../web-deps.js";

const HEADLINE_MAX = 200;
const DEK_MAX = 400;

const editForm = z.object({
  headline: z.string().trim().max(HEADLINE_MAX).optional(),
  dek: z.string().trim().max(DEK_MAX).optional(),
  primaryBeat: z.string().optional(),
  primaryRegion: z.string().optional(),
});

const splitForm = z.object({ at: z.coerce.number().int().min(1) });

const KNOWN_BEAT_IDS = new Set(BEAT_CHOICES.map((choice) => choice.id));
const KNOWN_REGION_IDS = new Set(REGION_CHOICES.map((choice) => choice.id));

/**
 * `/admin/dumps/:id`: a dump's articles as the parser cut them, and `/admin/dumps/:id/articles/:a`
 * one of them in full; the POSTs fix the cut (merge into the article above, split at a
 * paragraph), a headline or dek, the primary beat or region, or hide an article. Every form is
 * CSRF-checked and answers with a redirect back (no script needed); the store keeps who and when.
 */
export async function deskDumpRoutes(
  app: FastifyInstance,
  deps: Pick<WebDeps, "store"> & { desk: DeskAuth },
): Promise<void> {
  const { store } = deps;
  app.addHook("onRequest", deps.desk.require());

  /** The dump and its articles, or a 404 page. */
  const loadDump = async (params: unknown) => {
    const { id } = params as { id?: string };
    const dumpId = parseIdParam({ id });
    const dump = dumpId === undefined ? undefined : await store.getDump(dumpId);
    if (!dump) throw notFound("There is no dump with that number. See every dump at /admin/dumps.");
    return { dump, articles: await store.listDumpArticles(dump.id) };
  };

  /** The dump, the article and its place in the dump, or a 404 page. */
  const loadArticle = async (params: unknown) => {
    const { articleId } = params as { articleId?: string };
    const { dump, articles } = await loadDump(params);
    const id = parseIdParam({ id: articleId });
    const index = articles.findIndex((article) => article.id === id);
    const article = articles[index];
    if (!article) {
      throw notFound(
        `Dump ${dump.id} has no such article. See its articles at /admin/dumps/${dump.id}.`,
      );
    }
    return { dump, articles, article, index };
  };

  const dumpPage = async (request: FastifyRequest, reply: FastifyReply, problem?: string) => {
    const { dump, articles } = await loadDump(request.params);
    const { done } = request.query as { done?: string };
    const items = articles.map((article, index) => dumpArticleItem(dump.id, article, index));
    return reply.view("dump-articles.hbs", {
      title: `Dump ${dump.id}`,
      wide: true,
      csrfToken: reply.generateCsrf(),
      dump: { id: dump.id, name: dump.name, status: dump.status, error: dump.error },
      articles: items,
      articleCount: countOf(items.length, "article"),
      shown: countOf(items.filter((item) => !item.hidden).length, "goes", "go"),
      lowConfidenceNote: lowConfidenceNote(items.filter((item) => item.boundary?.low).length),
      firstLowConfidence: items.find((item) => item.boundary?.low),
      hiddenCount: items.filter((item) => item.hidden).length,
      notice: problem ? undefined : DONE_NOTICES[done ?? ""],
      problem,
    });
  };

  const articlePage = async (request: FastifyRequest, reply: FastifyReply, problem?: string) => {
    const { dump, article, index } = await loadArticle(request.params);
    const { done } = request.query as { done?: string };
    const history = await store.articleEditHistory(article.id);
    return reply.view("dump-article.hbs", {
      title: article.headline,
      csrfToken: reply.generateCsrf(),
      dump: { id: dump.id, name: dump.name, href: `/admin/dumps/${dump.id}` },
      article: dumpArticleItem(dump.id, article, index),
      storedHeadline: article.headline,
      dekValue: article.dek ?? "",
      paragraphs: article.paragraphs.map((text, at) => ({
        text,
        at,
        number: at + 1,
        canSplit: at > 0,
      })),
      beatChoices: choicesWith(BEAT_CHOICES, article.beats[0]?.id),
      regionChoices: choicesWith(REGION_CHOICES, article.regions[0]?.id),
      history: history.map((entry) => ({
        action: entry.action,
        editor: entry.editor,
        when: new Date(entry.createdAt).toISOString().replace("T", " ").slice(0, 16),
        detail: describeDetail(entry.detail),
      })),
      notice: problem ? undefined : DONE_NOTICES[done ?? ""],
      problem,
    });
  };

  app.get("/admin/dumps/:id", dumpPage);
  app.get("/admin/dumps/:id/articles/:articleId", articlePage);

  /** Runs an edit; a refused one is the same page again with why (409), not an error page. */
  const act = (
    name: string,
    run: (
      loaded: Awaited<ReturnType<typeof loadArticle>>,
      body: Record<string, unknown>,
      editor: string,
    ) => Promise<string>,
    onRefusal: typeof dumpPage,
  ) =>
    app.post(
      `/admin/dumps/:id/articles/:articleId/${name}`,
      { onRequest: deps.desk.require("editArticles"), preHandler: app.csrfProtection },
      async (request, reply) => {
        const loaded = await loadArticle(request.params);
        const editor = await deskActor(deps.desk, request);
        try {
          const target = await run(loaded, (request.body ?? {}) as Record<string, unknown>, editor);
          await store.recordDeskAction({
            actor: editor,
            action: `article.${name}`,
            subject: `article ${loaded.article.id}`,
            detail: { dumpId: loaded.dump.id },
          });
          request.log.info(
            { dumpId: loaded.dump.id, articleId: loaded.article.id, action: name },
            "article edited on the desk",
          );
          return reply.redirect(target, 303);
        } catch (error) {
          if (!(error instanceof ArticleEditError)) throw error;
          return onRefusal(request, reply.code(409), error.message);
        }
      },
    );

  const dumpHref = (dumpId: number, done: string, articleId: number) =>
    `/admin/dumps/${dumpId}?done=${done}#article-${articleId}`;

  act(
    "edit",
    async ({ dump, article }, body, editor) => {
      const form = editForm.safeParse(body);
      if (!form.success) {
        throw new ArticleEditError(
          `A headline is at most ${HEADLINE_MAX} characters and a dek ${DEK_MAX}: shorten them and save again.`,
        );
      }
      const { headline, dek, primaryBeat, primaryRegion } = form.data;
      if (headline !== undefined && headline.length === 0) {
        throw new ArticleEditError("A headline cannot be empty: write one, then save.");
      }
      if (primaryBeat && !KNOWN_BEAT_IDS.has(primaryBeat)) {
        throw new ArticleEditError("Pick the beat from the list, then save.");
      }
      if (primaryRegion && !KNOWN_REGION_IDS.has(primaryRegion)) {
        throw new ArticleEditError("Pick the region from the list, then save.");
      }
      await store.editArticle(
        article.id,
        {
          headline: headline === article.headline ? undefined : headline,
          dek: dek === (article.dek ?? "") ? undefined : dek,
          primaryBeat:
            primaryBeat && primaryBeat !== article.beats[0]?.id ? primaryBeat : undefined,
          primaryRegion:
            primaryRegion && primaryRegion !== article.regions[0]?.id ? primaryRegion : undefined,
        },
        editor,
      );
      return `/admin/dumps/${dump.id}/articles/${article.id}?done=edited`;
    },
    articlePage,
  );

  act(
    "merge",
    async ({ dump, article }, _body, editor) => {
      const into = await store.mergeIntoAbove(dump.id, article.id, editor);
      return dumpHref(dump.id, "merged", into);
    },
    dumpPage,
  );

  act(
    "split",
    async ({ dump, article }, body, editor) => {
      const form = splitForm.safeParse(body);
      const at = form.success ? form.data.at : 0;
      const rest = article.paragraphs[at];
      if (rest === undefined || at < 1) {
        throw new ArticleEditError(
          `An article splits before one of its paragraphs 2 to ${article.paragraphs.length}: pick one of those.`,
        );
      }
      const created = await store.splitArticle(article.id, at, deriveHeadline(rest), editor);
      return dumpHref(dump.id, "split", created);
    },
    articlePage,
  );

  act(
    "hide",
    async ({ dump, article }, _body, editor) => {
      await store.setArticleHidden(article.id, true, editor);
      return dumpHref(dump.id, "hidden", article.id);
    },
    dumpPage,
  );

  act(
    "show",
    async ({ dump, article }, _body, editor) => {
      await store.setArticleHidden(article.id, false, editor);
      return dumpHref(dump.id, "shown", article.id);
    },
    dumpPage,
  );
}

/** The options of a select, the current one first marked. */
function choicesWith(
  choices: readonly { id: string; label: string }[],
  current: string | undefined,
) {
  return choices.map((choice) => ({ ...choice, selected: choice.id === current }));
}

const DETAIL_NAMES: Readonly<Record<string, string>> = {
  primaryBeat: "primary beat",
  primaryRegion: "primary region",
};

/** An edit log entry's detail in words. */
function describeDetail(detail: Record<string, unknown>): string {
  if (typeof detail.into === "number" && typeof detail.at === "number") {
    return `split before paragraph ${detail.at + 1}; the rest is article ${detail.into}`;
  }
  if (typeof detail.into === "number") return `merged into article ${detail.into}`;
  if (typeof detail.from === "number" && typeof detail.paragraphs === "number") {
    return `took the text of article ${detail.from}`;
  }
  if (typeof detail.from === "number") return `split from article ${detail.from}`;
  return Object.entries(detail)
    .map(([key, value]) => `${DETAIL_NAMES[key] ?? key}: ${String(value)}`)
    .join("; ");
}
