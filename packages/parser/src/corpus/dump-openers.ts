import type { Head } from "../article-span.js";
import { closingLineKind } from "../closing-lines.js";
import { bodyParagraphs } from "../content-paragraphs.js";
import { decoderGapScore } from "../decoded-starts.js";
import { calibrated, decoderGapModel } from "../decoder-gap-models.js";
import { dumpClosers } from "../dump-closers.js";
import { findExplicitStarts } from "../explicit-starts.js";
import { LeftContext } from "../left-context.js";
import { splitLines } from "../lines.js";
import { groupParagraphs } from "../paragraphs.js";
import { COPYRIGHT } from "../story-closes.js";
import { FeatureTable } from "../text-features.js";
import { corpusDumps } from "./corpus-dumps.js";
import {
  type CueRow,
  cueToolInput,
  deepDecodedGaps,
  mean,
  printCuesBesideDecoder,
} from "./cues-beside-decoder.js";

const DEEP = 3;

/** The case-folded runs of letters of a text, in order. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+/g) ?? [];
}

function logit(p: number): number {
  const q = Math.min(0.999, Math.max(0.001, p));
  return Math.log(q / (1 - q));
}

/**
 * `node dist-tools/corpus/dump-openers.js [fold] [layout]`: the dump's own openings and closings
 * read beside the decoder, at the gaps DEEP+ paragraphs into decoded true stories of one fold's
 * whole-article dumps (one a line unless told). Cues: the paragraph above repeating a closing line
 * of the dump's explicit starts (closerAbove, dump-closers.ts), opening with one's first two words
 * (closerPrefix) or being a short one whole (closerShort); the would-be lede against the dump's
 * explicit ledes (the first body paragraph under each headline or byline): its lede-likeness
 * (logit) less theirs, its rank among the dump's other paragraphs, its first word and length
 * against theirs, a first line under a start repeated (openerRepeats, debris included); the
 * dump-wide means (ledesMeanNeg: minus the explicit ledes' mean lede logit; endVsEnds and
 * endsMeanNeg the same for the lines above explicit starts as endings; selfMeanNeg: minus the
 * decoder's own mean log-odds at the explicit starts read as headless gaps, the story above's
 * body and the headed story's joined); a closing line (closing-lines.ts) or a copyright line
 * above the gap, by kind, any paragraph kind. Counts by the decoder's log-odds, AUC, and each
 * cue's weight beside them (offset), with the log loss saved. Counts only.
 */
function main(): void {
  const input = cueToolInput("dump openers");
  if (input === null) return;
  const { fold, layout, articles } = input;
  const rows: CueRow[] = [];
  const names = [
    "closerAbove",
    "closerPrefix",
    "closerShort",
    "ledeVsLedes",
    "ledeRankInDump",
    "ledeTopTenth",
    "firstWordOfLedes",
    "lengthOfLedes",
    "openerRepeats",
    "dumpLedesLow",
    "ledeAbs",
    "ledesMeanNeg",
    "ledeScaled",
    "endVsEnds",
    "endsMeanNeg",
    "copyrightAbove",
    "closingLineAbove",
    "anyCloseAbove",
    "callToAction",
    "emailAbove",
    "handleAbove",
    "contributedAbove",
    "copyOrClosing",
    "selfMeanNeg",
    "selfBelow",
    "closerForm",
    "kindOfDumpCloser",
    "kindNotOfDump",
  ];
  for (const dump of corpusDumps(articles, { layout, seed: 1 })) {
    const starts = new Set(dump.truth.map((t) => t.startLine));
    const paragraphs = groupParagraphs(splitLines(dump.text));
    const table = new FeatureTable(paragraphs.map((p) => p.text));
    const heads = findExplicitStarts(paragraphs, table);
    const closers = dumpClosers(table, heads);
    const kinds = table.paragraphs;
    // Closing lines' forms: first two words, and the whole of a line of one or two words.
    const closerPrefixes = new Set<string>();
    const shortClosers = new Set<string>();
    const closerKinds = new Set<string>();
    heads.forEach((head: Head, h) => {
      if (h === 0) return;
      const at = head.span.first - 1;
      if (at < 0 || kinds[at]?.kind === "boilerplate") return;
      const w = wordsOf(table.text(at));
      if (w.length === 0 || w.length >= 60) return;
      const kind = closingLineKind(table.text(at));
      if (kind !== null) closerKinds.add(kind);
      if (COPYRIGHT.test(table.text(at).trim())) closerKinds.add("copyright");
      if (w.length >= 2) closerPrefixes.add(`${w[0]} ${w[1]}`);
      if (w.length <= 2) shortClosers.add(w.join(" "));
    });
    // The explicit starts' ledes (the first body paragraph under each) and openers (the first
    // paragraph under the headline, bylines and deks, debris included).
    const ledeLogits: number[] = [];
    const ledeFirstWords = new Map<string, number>();
    const ledeLengths: number[] = [];
    const openers: Set<string>[] = [];
    const ledeAt = new Set<number>();
    heads.forEach((head: Head) => {
      if (head.span.headline === null && head.span.bylines.length === 0) return;
      const opener = head.bodyStart;
      if (opener < paragraphs.length) {
        const w = wordsOf(table.text(opener));
        if (w.length >= 1 && w.length < 60) openers.push(new Set(w));
      }
      for (let p = head.bodyStart; p < paragraphs.length; p++) {
        if (kinds[p]?.kind !== "text") continue;
        ledeAt.add(p);
        ledeLogits.push(logit(table.lexical(p).ledeLike));
        const w = wordsOf(table.text(p));
        if (w[0] !== undefined) ledeFirstWords.set(w[0], (ledeFirstWords.get(w[0]) ?? 0) + 1);
        ledeLengths.push(Math.log(1 + table.lexical(p).words));
        break;
      }
    });
    // Every body paragraph's lede logit, and first words, for the dump's own baseline.
    const bodyLogits: number[] = [];
    const bodyFirstWords = new Map<string, number>();
    for (let p = 0; p < paragraphs.length; p++) {
      if (kinds[p]?.kind !== "text" || ledeAt.has(p)) continue;
      bodyLogits.push(logit(table.lexical(p).ledeLike));
      const w = wordsOf(table.text(p));
      if (w[0] !== undefined) bodyFirstWords.set(w[0], (bodyFirstWords.get(w[0]) ?? 0) + 1);
    }
    bodyLogits.sort((a, b) => a - b);
    const endLogits: number[] = [];
    heads.forEach((head: Head, h) => {
      if (h === 0) return;
      for (let p = head.span.first - 1; p >= 0; p--) {
        if (kinds[p]?.kind !== "text") continue;
        endLogits.push(logit(table.lexical(p).endingLike));
        break;
      }
    });
    const endMean = mean(endLogits);
    // The decoder's log-odds at each explicit start read as a headless one: the story above's body
    // and the headed story's body as one stretch, the gap between them.
    const selfScores: number[] = [];
    for (let h = 1; h < heads.length; h++) {
      const prev = heads[h - 1] as Head;
      const head = heads[h] as Head;
      const next =
        h + 1 < heads.length ? (heads[h + 1] as Head).span.first - 1 : paragraphs.length - 1;
      const before = bodyParagraphs(kinds, prev.bodyStart, head.span.first - 1);
      const after = bodyParagraphs(kinds, head.bodyStart, next);
      if (before.length < 3 || after.length < 1) continue;
      const joined = [...before.slice(-25), ...after.slice(0, 8)];
      const context = new LeftContext(table);
      context.reset(joined);
      const g = Math.min(before.length, 25);
      selfScores.push(
        calibrated(
          decoderGapModel(context),
          decoderGapScore(context, table, joined, g, -Infinity, 0),
        ),
      );
    }
    const selfMean = selfScores.length >= 2 ? mean(selfScores) : null;
    const ledeMean = mean(ledeLogits);
    const bodyMean = mean(bodyLogits);
    const ledeLenMean = mean(ledeLengths);
    for (const { body, g, score, y } of deepDecodedGaps(paragraphs, table, heads, starts, DEEP)) {
      const above = body[g - 1] as number;
      const at = body[g] as number;
      let closer = 0;
      let prefix = 0;
      let short = 0;
      let opener = 0;
      let copyright = 0;
      let closing = 0;
      const kindsAbove = new Set<string>();
      for (let p = above; p <= at; p++) {
        if (p < at && closers.repeats(table, p)) closer = 1;
        const w = wordsOf(table.text(p));
        if (p < at && w.length <= 20 && COPYRIGHT.test(table.text(p).trim())) copyright = 1;
        const kind = p < at ? closingLineKind(table.text(p).trim()) : null;
        if (kind !== null) {
          closing = 1;
          kindsAbove.add(kind);
        }
        if (p < at && w.length >= 2 && w.length <= 25 && closerPrefixes.has(`${w[0]} ${w[1]}`))
          prefix = 1;
        if (p < at && w.length >= 1 && w.length <= 2 && shortClosers.has(w.join(" "))) short = 1;
        if (p > above && w.length >= 1 && w.length < 60) {
          const set = new Set(w);
          for (const o of openers) {
            let both = 0;
            for (const x of set) if (o.has(x)) both++;
            if (both >= 0.5 * (set.size + o.size - both)) opener = 1;
          }
        }
      }
      const x = logit(table.lexical(at).ledeLike);
      const enough = ledeLogits.length >= 2;
      let below = 0;
      for (const b of bodyLogits) if (b < x) below++;
      const rank = bodyLogits.length > 0 ? below / bodyLogits.length : 0.5;
      const w = wordsOf(table.text(at));
      const first = w[0] ?? "";
      const inLedes = ledeFirstWords.get(first) ?? 0;
      const inBody = bodyFirstWords.get(first) ?? 0;
      const firstWord =
        enough &&
        inLedes >= 2 &&
        inLedes / ledeLogits.length > (2 * inBody) / Math.max(1, bodyLogits.length)
          ? 1
          : 0;
      const lengthNear =
        enough && Math.abs(Math.log(1 + table.lexical(at).words) - ledeLenMean) <= 0.2 ? 1 : 0;
      rows.push({
        score,
        y,
        f: [
          closer,
          prefix * (1 - closer),
          short * (1 - closer),
          enough ? x - ledeMean : 0,
          rank,
          rank >= 0.9 ? 1 : 0,
          firstWord,
          lengthNear,
          opener,
          enough ? Math.max(0, bodyMean + 3 - ledeMean) : 0,
          x,
          enough ? -ledeMean : 0,
          enough
            ? Math.min(3, Math.max(-2, (x - bodyMean) / Math.max(0.5, ledeMean - bodyMean)))
            : 0,
          endLogits.length >= 2 ? logit(table.lexical(above).endingLike) - endMean : 0,
          endLogits.length >= 2 ? -endMean : 0,
          copyright,
          closing,
          Math.max(copyright, closing, closer),
          kindsAbove.has("call to action") ? 1 : 0,
          kindsAbove.has("e-mail") ? 1 : 0,
          kindsAbove.has("handle") ? 1 : 0,
          kindsAbove.has("contributed") ? 1 : 0,
          Math.max(copyright, closing),
          selfMean === null ? 0 : Math.max(-4, Math.min(4, -selfMean)),
          selfMean === null ? 0 : Math.max(0, 1 - selfMean),
          Math.max(closer, prefix, short),
          (copyright && closerKinds.has("copyright")) ||
          [...kindsAbove].some((k) => closerKinds.has(k))
            ? 1
            : 0,
          Math.max(copyright, closing) &&
          !(
            (copyright && closerKinds.has("copyright")) ||
            [...kindsAbove].some((k) => closerKinds.has(k))
          )
            ? 1
            : 0,
        ],
      });
    }
  }
  console.log(
    `fold ${fold}, ${layout}: gaps ${rows.length}, starts ${rows.filter((r) => r.y).length}`,
  );
  printCuesBesideDecoder(rows, names);
}

main();
