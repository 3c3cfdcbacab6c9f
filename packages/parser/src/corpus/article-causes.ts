import type { ArticleSpan } from "../article-span.js";
import type { Paragraph } from "../paragraphs.js";
import { LEAST_PIECE } from "../split-halves.js";
import { paragraphRole } from "./paragraph-roles.js";
import type { SegmentedDump } from "./segmented-dumps.js";
import type { Story } from "./true-stories.js";

// A found start this many paragraphs from the true one is that start moved, not missed.
export const NEAR = 2;

/** Why a true article found at its start is not exact; "exact" when it is. */
export interface Cause {
  coarse: string;
  fine: string;
  /** Paragraphs to list around the case, and the boundaries to mark. */
  from: number;
  to: number;
  marks: Map<number, string>;
}

/** Each true article's cause, null where its start was not found. */
export function dumpCauses(dump: SegmentedDump): (Cause | null)[] {
  const { paragraphs, table, spans, stories, truth } = dump;
  const byFirst = new Map(spans.map((s) => [s.first, s]));
  const firsts = spans.map((s) => s.first);
  const role = (p: number) => paragraphRole((paragraphs[p] as Paragraph).text, table, p);
  return stories.map((story, i) => {
    const span = byFirst.get(story.first);
    if (span === undefined) return null;
    const headline = truth[i]?.headline ?? null;
    const marks = new Map([[story.first, "T"]]);
    const next = stories[i + 1];
    if (next !== undefined) marks.set(next.first, "T");
    if (span.last + 1 < paragraphs.length)
      marks.set(span.last + 1, `${marks.get(span.last + 1) ?? ""}F`);
    const around = (from: number, to: number) => ({ from, to, marks });
    if (span.last === story.last) {
      const wrong = headlineWrong(span, story, headline, paragraphs, role);
      if (wrong === null) {
        const lineExact = (paragraphs[span.last] as Paragraph).endLine === truth[i]?.endLine;
        return lineExact
          ? { coarse: "exact", fine: "", ...around(0, -1) }
          : {
              coarse: "end inside a paragraph (wrapping)",
              fine: "",
              ...around(story.last - 1, story.last + 1),
            };
      }
      return { coarse: "headline wrong", fine: wrong, ...around(story.first - 1, story.body + 1) };
    }
    const kind = (p: number) => startKind(byFirst.get(p));
    if (span.last > story.last) {
      // The story below ran into this one: its start found one or two late, or missed.
      const below = next as Story;
      const nextFound = span.last + 1;
      const late = nextFound - below.first;
      if (late <= NEAR && nextFound < (stories[i + 2]?.first ?? Number.POSITIVE_INFINITY)) {
        const crossed = range(below.first, nextFound).map((p) =>
          p === below.first && truth[i + 1]?.headline !== null ? "headline" : role(p),
        );
        return {
          coarse: `next start ${late} late: ${crossedClass(crossed, "late")}`,
          fine: `${crossed.join(" + ")} (next found by ${kind(nextFound)})`,
          ...around(below.first - 2, nextFound + 1),
        };
      }
      const headed = truth[i + 1]?.headline !== null ? "headed" : "headless";
      const stretch = below.last - below.first + 1;
      return {
        coarse: "next start missed (merged)",
        fine: `next ${headed}, ${bucket(stretch)} paragraphs, in a found article of ${span.last - span.first + 1 < 2 * LEAST_PIECE ? "under" : "at least"} ${2 * LEAST_PIECE}, ${bucket(below.first - span.first)} above it`,
        ...around(below.first - 2, below.first + 2),
      };
    }
    // A start inside the story: the next one found one or two early, or a false start.
    const cut = span.last + 1;
    const nextTrue = next?.first ?? paragraphs.length;
    const early = nextTrue - cut;
    const nextFoundRight = firsts.includes(nextTrue);
    if (early <= NEAR && !nextFoundRight && next !== undefined) {
      const crossed = range(cut, nextTrue).map(role);
      return {
        coarse: `next start ${early} early: ${crossedClass(crossed, "early")}`,
        fine: `${crossed.join(" + ")} (found by ${kind(cut)})`,
        ...around(cut - 2, nextTrue + 1),
      };
    }
    const into = cut - story.first;
    const left = story.last - cut + 1;
    const tail =
      left <= NEAR
        ? `: ${range(cut, story.last + 1)
            .map(role)
            .join(" + ")}`
        : "";
    return {
      coarse: "false start inside (split)",
      fine: `by ${kind(cut)}, ${bucket(into)} in, ${bucket(left)} left${tail}`,
      ...around(cut - 2, cut + 1),
    };
  });
}

/** What crossed a boundary found one or two off, in the census's classes. */
export function crossedClass(roles: readonly string[], side: "early" | "late"): string {
  const has = (re: RegExp) => roles.some((r) => re.test(r));
  if (has(/^headline$/)) return "the next story's headline left above";
  if (has(/picture credit|caption with credit/)) return "a caption or picture credit";
  if (has(/^debris$/)) return "page debris";
  if (has(/contact|link to other coverage|contributor line|byline|'Label/))
    return side === "early"
      ? "closing lines taken down"
      : "opening lines (label, link, byline) left above";
  if (has(/note on the story/)) return "a note on the story";
  return "prose or short lines (off by one)";
}

function headlineWrong(
  span: ArticleSpan,
  story: Story,
  headline: string | null,
  paragraphs: readonly Paragraph[],
  role: (p: number) => string,
): string | null {
  const h = span.headline;
  if (headline === null) {
    if (h === null) return null;
    const at = h === story.first ? "its first paragraph" : `paragraph +${h - story.first}`;
    return `headless story given ${at}: ${role(h)} (by ${startKind(span)})`;
  }
  if (h !== null && (paragraphs[h] as Paragraph).text === headline) return null;
  if (h === null) return `headline left in the body, derived (by ${startKind(span)})`;
  return `another line taken: paragraph +${h - story.first}, ${role(h)} (by ${startKind(span)})`;
}

function startKind(span: ArticleSpan | undefined): string {
  if (span === undefined) return "nothing";
  const kind = span.start?.kind ?? "hard break";
  if (kind !== "gap") return kind;
  return span.reach !== undefined ? "decoded cut" : "gap by gap";
}

function bucket(n: number): string {
  return n <= 2 ? String(n) : n <= 5 ? "3-5" : n <= 10 ? "6-10" : "11+";
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let p = from; p < to; p++) out.push(p);
  return out;
}
