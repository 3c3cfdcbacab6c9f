import type { DigestPeriod } from "@newsdesk/digest";
import type { Edition } from "@newsdesk/newsletter";
import type { EditionPickAction, PickPeriod } from "@newsdesk/store";

/** Cards a draft lists per section, each with its buttons; the preview shows the rest. */
export const DRAFT_CARDS = 8;

export type PickFormAction = EditionPickAction | "up" | "down";

/**
 * A pick button's form: the schedule, the period the draft showed (ISO start) and `act`,
 * `pin:12`, `drop:12`, `up:12`...; a problem in words otherwise.
 */
export function parsePickForm(
  body: unknown,
):
  | { frequency: "daily" | "weekly"; period: string; action: PickFormAction; articleId: number }
  | { problem: string } {
  const form = (body ?? {}) as Record<string, unknown>;
  const act = typeof form.act === "string" ? form.act : "";
  const match = /^(pin|unpin|drop|restore|up|down):([1-9]\d{0,14})$/.exec(act);
  const period = typeof form.period === "string" ? form.period : "";
  if (!match || !["daily", "weekly"].includes(String(form.frequency)) || !period) {
    return {
      problem:
        "That pick is not one this page offers: reload the editions page and use its buttons.",
    };
  }
  return {
    frequency: form.frequency as "daily" | "weekly",
    period,
    action: match[1] as PickFormAction,
    articleId: Number(match[2]),
  };
}

/** The picks' key: the schedule and the draft's period. */
export function pickPeriodOf(frequency: "daily" | "weekly", period: DigestPeriod): PickPeriod {
  return { frequency, periodStart: period.start, periodEnd: period.end };
}

/** Whether an article is in the edition: a card's, or folded into one. */
export function inEdition(edition: Edition, articleId: number): boolean {
  return edition.sections.some((section) =>
    section.items.some(
      (item) =>
        item.articleId === articleId || item.also.some((other) => other.articleId === articleId),
    ),
  );
}

/**
 * A draft's sections for the editions page: each card's headline, whether it is pinned, and
 * which moves it has (a card cannot move above a pinned one unless it is pinned itself).
 */
export function draftSections(edition: Edition) {
  return edition.sections.map((section) => {
    const items = section.items;
    return {
      name: section.name,
      count: items.length,
      cards: items.slice(0, DRAFT_CARDS).map((item, index) => ({
        id: item.articleId,
        headline: item.headline,
        pinned: item.pinned === true,
        canUp: index > 0 && (item.pinned === true || items[index - 1]?.pinned !== true),
        canDown:
          index < items.length - 1 && (item.pinned !== true || items[index + 1]?.pinned === true),
      })),
      more: Math.max(0, items.length - DRAFT_CARDS),
    };
  });
}
