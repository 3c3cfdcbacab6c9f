import { closerWords } from "../dump-closers.js";
import { findExplicitStarts } from "../explicit-starts.js";
import { splitLines } from "../lines.js";
import { standsAnywhere } from "../page-debris.js";
import { groupParagraphs } from "../paragraphs.js";
import { FeatureTable } from "../text-features.js";
import { corpusDumps } from "./corpus-dumps.js";
import {
  type CueRow,
  cueToolInput,
  deepDecodedGaps,
  printCuesBesideDecoder,
} from "./cues-beside-decoder.js";
import { fitDense } from "./logistic.js";
import { offsetLogLoss } from "./offset-loss.js";

const DEEP = 3;

interface Candidate {
  words: Set<number>;
  debris: boolean;
  /** The last prose paragraph above a start whose line right above is debris. */
  lastProse: boolean;
  at: number;
  /** Candidates right above explicit starts that it repeats (itself included). */
  above: number;
  /** Other paragraphs of the dump that repeat it. */
  elsewhere: number;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / (a.size + b.size - both);
}

function containment(closer: Set<number>, para: Set<number>): number {
  let both = 0;
  for (const w of closer) if (para.has(w)) both++;
  return both / closer.size;
}

const OVERLAP = 0.4;

/** The words (ASCII letter runs, lower-cased) of the last sentence of a paragraph of two or more, 3-59 words. */
function lastSentenceWords(text: string): Set<number> | null {
  const parts = text.trim().split(/(?<=[.!?]["”’)]?)\s+(?=["“(]?[A-Z])/);
  if (parts.length < 2) return null;
  const words = (parts[parts.length - 1] as string).toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length < 3 || words.length >= 60) return null;
  const set = new Set<number>();
  for (const w of words) {
    let h = 0;
    for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
    set.add(h);
  }
  return set.size < 3 ? null : set;
}

/** The kind of a debris closer, roughly, for counts. */
function debrisKind(text: string): string {
  if (standsAnywhere(text)) return "anywhere";
  if (
    /^\W*(?:read|see|watch|more|related|also|listen|play|audio|podcast)\b|read more\W*$/i.test(text)
  )
    return "link";
  if (/^(?:write|send|contact|e-?mail)\b|@/i.test(text)) return "writeTo";
  if (/^follow\b/i.test(text)) return "follow";
  if (/©|\bcopyright\b|all rights reserved/i.test(text)) return "copyright";
  return "other";
}

/**
 * `node dist-tools/corpus/closer-variants.js [fold]`: variants of the dump's closing lines
 * (dump-closers.ts) at the gaps DEEP+ paragraphs into decoded true stories of one fold's
 * whole-article dumps (one a line): page debris as closers and as matches, ungated, gated by how
 * many of the dump's explicit starts it stands above (and how often it is repeated elsewhere),
 * or without what stands anywhere on a page (as dump-closers.ts keeps it); partial matches
 * (Jaccard 0.25-0.4); a closer contained in a longer paragraph; the last prose paragraph above a
 * start under debris; a repeated last sentence; a dump that closes most headed stories alike,
 * at gaps with and without its closer. Counts by the decoder's log-odds, the debris closers'
 * kinds, and each variant's weight beside the log-odds (offset), alone and beside the
 * prose-only cue. Counts only.
 */
function main(): void {
  const input = cueToolInput("closer variants");
  if (input === null) return;
  const { fold, articles } = input;
  const names = [
    "prose", // 0: as now
    "all", // 1: debris both sides, ungated
    "gatedA2", // 2: a debris closer above two starts or more; matches any
    "gatedA2prose", // 3: the same, matches prose only
    "gatedA2few", // 4: gatedA2, and elsewhere <= 2 x above
    "proseA2", // 5: prose closer above two starts or more
    "partial", // 6: prose, Jaccard 0.25-0.4
    "contained", // 7: prose closer's words 80% in a longer prose paragraph
    "lastProse", // 8: the last prose paragraph above a start under debris
    "gatedA3", // 9: debris closer above three starts or more
    "fewElse", // 10: debris closer repeated elsewhere at most as often as above starts
    "fewElse2", // 11: ... at most twice as often
    "notAnywhere", // 12: debris closers but what stands anywhere (as dump-closers.ts keeps them)
    "fewElseA1", // 13: fewElse with one start above it only
    "lastSentence", // 14: the last sentence of a prose paragraph of two or more repeats one closing a story above a start
    "consistentNo", // 15: the dump closes most headed stories alike and this gap has no such closer
    "consistentYes", // 16: ... and this gap has one
  ];
  const stats = {
    debrisCandidates: 0,
    debrisA2: 0,
    prose: 0,
    proseA2: 0,
    dumps: 0,
    consistentDumps: 0,
  };
  const aboveElse: Map<string, number> = new Map();
  const kinds: Map<string, number> = new Map();
  const rows: CueRow[] = [];
  for (const dump of corpusDumps(articles, { layout: "lines", seed: 1 })) {
    const starts = new Set(dump.truth.map((t) => t.startLine));
    const paragraphs = groupParagraphs(splitLines(dump.text));
    const table = new FeatureTable(paragraphs.map((p) => p.text));
    const heads = findExplicitStarts(paragraphs, table);
    const wordsOf: (Set<number> | null)[] = paragraphs.map((_, p) => {
      const w = closerWords(table, p);
      return w === null ? null : new Set(w.items.slice(0, w.length));
    });
    const longWordsOf: (Set<number> | null)[] = paragraphs.map((_, p) => {
      const w = closerWords(table, p, 250);
      return w === null ? null : new Set(w.items.slice(0, w.length));
    });
    const debrisAt = (p: number) => table.paragraphs[p]?.kind === "boilerplate";
    const candidates: Candidate[] = [];
    const positions = new Set<number>();
    for (let h = 1; h < heads.length && candidates.length < 32; h++) {
      const head = heads[h];
      if (head === undefined) continue;
      const at = head.span.first - 1;
      if (at < 0) continue;
      const words = wordsOf[at];
      if (words) {
        candidates.push({
          words,
          debris: debrisAt(at),
          lastProse: false,
          at,
          above: 0,
          elsewhere: 0,
        });
        positions.add(at);
      }
      if (debrisAt(at)) {
        let q = at;
        const floor = (heads[h - 1]?.bodyStart ?? 0) as number;
        while (q > floor && debrisAt(q)) q--;
        const w = wordsOf[q];
        if (q > floor && !debrisAt(q) && w)
          candidates.push({
            words: w,
            debris: false,
            lastProse: true,
            at: q,
            above: 0,
            elsewhere: 0,
          });
      }
    }
    const plain = candidates.filter((c) => !c.lastProse);
    const sentences: Set<number>[] = [];
    for (let h = 1; h < heads.length && sentences.length < 32; h++) {
      const at = (heads[h]?.span.first ?? 0) - 1;
      if (at < 0 || debrisAt(at)) continue;
      const w = lastSentenceWords(table.text(at));
      if (w) sentences.push(w);
    }
    for (const c of plain) {
      c.above = plain.filter((d) => jaccard(c.words, d.words) >= OVERLAP).length;
      for (let p = 0; p < paragraphs.length; p++) {
        const w = wordsOf[p];
        if (!positions.has(p) && w && jaccard(c.words, w) >= OVERLAP) c.elsewhere++;
      }
      if (c.debris) {
        stats.debrisCandidates++;
        {
          if (c.above >= 2) stats.debrisA2++;
          const key = `${Math.min(c.above, 5)}/${Math.min(c.elsewhere, 9)}`;
          aboveElse.set(key, (aboveElse.get(key) ?? 0) + 1);
        }
      } else {
        stats.prose++;
        if (c.above >= 2) stats.proseA2++;
      }
    }
    const consistent = plain.filter(
      (c) =>
        !standsAnywhere(table.text(c.at)) && c.above >= 2 && c.above >= 0.6 * (heads.length - 1),
    );
    if (consistent.length > 0) stats.consistentDumps++;
    stats.dumps++;
    for (const { body, g, score, y } of deepDecodedGaps(paragraphs, table, heads, starts, DEEP)) {
      const isStart = y === 1;
      const f = new Array<number>(names.length).fill(0);
      for (let p = body[g - 1] as number; p < (body[g] as number); p++) {
        const w = wordsOf[p];
        const pDebris = debrisAt(p);
        if (w) {
          for (const c of candidates) {
            const j = jaccard(c.words, w);
            if (c.lastProse) {
              if (!pDebris && j >= OVERLAP) f[8] = 1;
              continue;
            }
            if (j >= OVERLAP) {
              if (!c.debris && !pDebris) f[0] = 1;
              f[1] = 1;
              const gated = !c.debris || c.above >= 2;
              if (gated) f[2] = 1;
              if (gated && !pDebris) f[3] = 1;
              if (gated && (!c.debris || c.elsewhere <= 2 * c.above)) f[4] = 1;
              if (!c.debris && !pDebris && c.above >= 2) f[5] = 1;
              if (!c.debris || c.above >= 3) f[9] = 1;
              if (!c.debris || c.elsewhere <= c.above) f[10] = 1;
              if (!c.debris || c.elsewhere <= 2 * c.above) f[11] = 1;
              if (!c.debris || !standsAnywhere(table.text(c.at))) f[12] = 1;
              if (c.debris && c.above === 1 && c.elsewhere <= 1) f[13] = 1;
              if (c.debris || pDebris) {
                const key = `${isStart ? "start" : "other"} ${debrisKind(table.text(c.at))}${c.debris ? "" : "(prose closer)"}`;
                kinds.set(key, (kinds.get(key) ?? 0) + 1);
              }
            } else if (j >= 0.25 && !c.debris && !pDebris) f[6] = 1;
          }
        }
        const lw = longWordsOf[p];
        if (lw && !pDebris)
          for (const c of candidates)
            if (
              !c.debris &&
              !c.lastProse &&
              lw.size > c.words.size &&
              containment(c.words, lw) >= 0.8
            )
              f[7] = 1;
      }
      if (consistent.length > 0) {
        let yes = false;
        for (let p = body[g - 1] as number; p < (body[g] as number); p++) {
          const w = wordsOf[p];
          if (w && consistent.some((c) => jaccard(c.words, w) >= OVERLAP)) yes = true;
        }
        f[yes ? 16 : 15] = 1;
      }
      if (sentences.length > 0) {
        const above = body[g - 1] as number;
        const w = lastSentenceWords(table.text(above));
        if (w && sentences.some((c) => jaccard(c, w) >= OVERLAP)) f[14] = 1;
      }
      rows.push({ score, y, f });
    }
  }
  console.log(`fold ${fold}: gaps ${rows.length}, starts ${rows.filter((r) => r.y).length}`);
  console.log(`dumps ${stats.dumps}, closing most headed stories alike ${stats.consistentDumps}`);
  console.log(
    `closers: prose ${stats.prose} (above 2+ starts ${stats.proseA2}), debris ${stats.debrisCandidates} (above 2+ ${stats.debrisA2})`,
  );
  console.log(
    `debris closers by above/elsewhere: ${[...aboveElse]
      .sort()
      .map(([k, v]) => `${k}:${v}`)
      .join(" ")}`,
  );
  console.log(
    `debris matches (pairs) by kind: ${[...kinds]
      .sort()
      .map(([k, v]) => `${k}:${v}`)
      .join(", ")}`,
  );
  printCuesBesideDecoder(rows, names);
  // Each variant beside today's prose-only cue, the decoder's log-odds the offset.
  const ys = rows.map((r) => r.y);
  const offsets = rows.map((r) => r.score);
  const fit = (xs: Float64Array[]) => fitDense(xs, ys, { offsets, l2: 0.1 });
  const lossOf = (w: number[], xs: Float64Array[]) => offsetLogLoss(rows, w, xs);
  const prose = rows.map((r) => Float64Array.of(r.f[0] as number));
  const wp = fit(prose);
  console.log(
    `  prose alone weight ${(wp[1] as number).toFixed(2)}, loss ${lossOf(wp, prose).toFixed(1)}`,
  );
  names.forEach((name, i) => {
    if (i === 0) return;
    const alone = rows.map((r) => Float64Array.of(r.f[i] as number));
    const wa = fit(alone);
    // Beside the prose cue: the variant where the prose cue is off.
    // (proseA2 is a subset of the prose cue: beside it, as is.)
    const xs = rows.map((r) =>
      Float64Array.of(
        r.f[0] as number,
        i === 5 ? (r.f[i] as number) : (r.f[i] as number) * (1 - (r.f[0] as number)),
      ),
    );
    const w = fit(xs);
    console.log(
      `  ${name.padEnd(13)} alone ${(wa[1] as number).toFixed(2)} loss ${lossOf(wa, alone).toFixed(1)}; ` +
        `beside prose: prose ${(w[1] as number).toFixed(2)}, extra ${(w[2] as number).toFixed(2)}, loss ${lossOf(w, xs).toFixed(1)}`,
    );
  });
}

main();
