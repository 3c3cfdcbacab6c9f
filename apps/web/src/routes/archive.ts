import { countOf } from "@newsdesk/config";
import { editionFromJson } from "@newsdesk/digest";
import { beatName, regionName, whyFiled } from "@newsdesk/newsletter";
import type { FastifyInstance } from "fastify";
import type { DeskAuth } from "../admin/desk-auth.js";
import { articleRef } from "../archive/article-ref.js";
import { readableArticle } from "../archive/readable-article.js";
import { sentEditions } from "../archive/sent-editions.js";
import { wholeRegions } from "../archive/whole-regions.js";
import { notFound, parseIdParam } from "../id-param.js";
import { parseQuery, segmentParams } from "../segment-params.js";
import type { WebDeps } from "../web-deps.js";

const PAGE_SIZE = 30;
const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
const timeFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/**
 * `/archive`: the editions that went out, newest first; `/archive/:edition`: one as a web page
 * (the emails' "view in browser" link, narrowed to the reader's regions and beats when the
 * link says so); `/articles/:id`: a story in full, where every card of every email points.
 * Only editions that went out (`sentEditions`) and the articles they named are public.
 */
export async function archiveRoutes(
  app: FastifyInstance,
  deps: Pick<WebDeps, "store" | "secret"> & { desk: DeskAuth },
): Promise<void> {
  const sent = sentEditions(deps.store.db);
  const articleHref = (articleId: number) => `/articles/${articleRef(deps.secret, articleId)}`;

  app.get("/archive", async (request, reply) => {
    const { before } = request.query as { before?: string };
    const beforeId = before === undefined ? undefined : parseIdParam({ id: before });
    const rows = await deps.store.listArchivedEditions({ limit: PAGE_SIZE, before: beforeId });
    const last = rows.at(-1);
    const shown = await sent.sentAmong(rows.map((row) => row.id));
    return reply.view("archive.hbs", {
      title: "Archive",
      editions: rows
        .filter((row) => shown.has(row.id))
        .map((row) => ({
          href: `/archive/${row.id}`,
          title: `${row.frequency === "daily" ? "Daily" : "Weekly"} digest, ${dateFormat.format(row.periodEnd)}`,
          stories: countOf(row.articleCount, "story", "stories"),
          period: `${timeFormat.format(row.periodStart)} to ${timeFormat.format(row.periodEnd)} UTC`,
        })),
      older: rows.length === PAGE_SIZE && last ? `/archive?before=${last.id}` : null,
    });
  });

  app.get("/archive/:id", async (request, reply) => {
    const id = parseIdParam(request.params);
    const row = id === undefined ? undefined : await deps.store.getArchivedEdition(id);
    if (!row || !(await sent.sentAmong([row.id])).has(row.id)) {
      throw notFound(
        "There is no edition with that number in the archive. See every edition at /archive.",
      );
    }
    const segment = parseQuery(segmentParams, request.query);
    // Every story of each region: the emails' "N more stories from Europe" link here (#europe).
    const edition = wholeRegions(editionFromJson(row.content), segment);
    const title = `${row.frequency === "daily" ? "Daily" : "Weekly"} digest, ${dateFormat.format(row.periodEnd)}`;
    const narrowed = segment.regions.length + segment.beats.length > 0;
    return reply.view("edition.hbs", {
      title,
      narrowedTo: narrowed
        ? [...segment.regions.map(regionName), ...segment.beats.map(beatName)].join(", ")
        : null,
      everything: `/archive/${row.id}`,
      period: `${timeFormat.format(row.periodStart)} to ${timeFormat.format(row.periodEnd)} UTC`,
      topStories: (edition?.topStories ?? []).map((item) => ({
        headline: item.headline,
        href: articleHref(item.articleId),
        region: regionName(item.region),
      })),
      sections: (edition?.sections ?? []).map((section) => ({
        region: section.region,
        name: section.name,
        count: `${section.items.length} ${section.items.length === 1 ? "story" : "stories"}`,
        items: section.items.map((item) => ({
          headline: item.headline,
          href: articleHref(item.articleId),
          summary: item.summary,
          beats: item.beats.map(beatName),
          why: whyFiled({ beat: item.beats[0], region: item.region }, item.evidence),
          contributors: item.contributors.join(", "),
          also: item.also.map((other) => ({
            headline: other.headline,
            href: articleHref(other.articleId),
          })),
        })),
      })),
    });
  });

  app.get("/articles/:id", async (request, reply) => {
    const readable = await readableArticle(request, deps, sent);
    const article = readable && (await deps.store.getArticlePage(readable.id));
    if (!article) {
      throw notFound(
        "There is no article with that number. Find stories in the archive at /archive.",
      );
    }
    const { labels } = article;
    const primaryRegion = labels.regions[0]?.id;
    return reply.view("article.hbs", {
      title: article.headline,
      kicker: primaryRegion ? regionName(primaryRegion) : "Unclassified",
      headline: article.headline,
      dek: article.dek,
      contributors: article.contributors.join(", "),
      published: timeFormat.format(article.createdAt),
      wordCount: article.wordCount,
      paragraphs: article.paragraphs,
      // Every word the classifier gave: the page has room the email's card has not.
      why: whyFiled({ beat: labels.beats[0]?.id, region: primaryRegion }, article.evidence),
      beats: labels.beats.map((beat) => ({ name: beatName(beat.id), score: percent(beat.score) })),
      regions: labels.regions.map((region) => ({
        name: regionName(region.id),
        score: percent(region.score),
      })),
      places: labels.places,
      people: labels.people,
      // The dumps' names are the desk's business (a wire service's, a file's).
      sources: (readable?.desk ? article.sources : []).map((source) => ({
        name: source.name,
        date: timeFormat.format(source.createdAt),
      })),
      classified: article.classifiedAt !== null,
      unsent: readable?.sent === false,
    });
  });
}

function percent(score: number): string {
  return `${Math.round(score * 100)} %`;
}
