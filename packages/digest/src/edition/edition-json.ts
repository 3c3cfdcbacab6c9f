import type { Edition, EditionItem, EditionSection } from "@newsdesk/newsletter";

/** An edition as stored in `editions.content`: JSON, dates as ISO strings. */
export function editionToJson(edition: Edition): unknown {
  return JSON.parse(JSON.stringify(edition));
}

/** Rebuilds an edition from `editions.content` (dates revived). */
export function editionFromJson(content: unknown): Edition {
  const data = content as Edition;
  if (!data || !Array.isArray(data.sections)) {
    throw new TypeError(
      "stored edition content is not an edition: rebuild it with `newsdesk digest build`",
    );
  }
  return {
    ...data,
    periodStart: new Date(data.periodStart),
    periodEnd: new Date(data.periodEnd),
    sections: data.sections.map((section: EditionSection) => ({
      ...section,
      items: section.items.map((item: EditionItem) => ({
        ...item,
        publishedAt: new Date(item.publishedAt),
      })),
    })),
  };
}
