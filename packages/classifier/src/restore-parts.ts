import { type BeatLexicon, CaseRule, compileFrames, type LexiconEntry } from "./beat-lexicon.js";
import type { BeatModel } from "./beat-model.js";
import { align8, joinMaxWords, unpackList } from "./compact-encodings.js";
import { compiledDataFingerprint } from "./compiled-data-fingerprint.js";
import {
  CANDIDATE_FIELDS,
  type CompiledParts,
  KINDS,
  REGIONS,
  type SerializedHead,
  TYPES,
  type TypeName,
} from "./compiled-data-layout.js";
import { restoreFlatTrie, type StoredFlatTrie } from "./flat-trie.js";
import type { Gazetteer, GazetteerName, PlaceCandidate, PlaceKind } from "./gazetteer.js";
import { PairTable } from "./pair-table.js";
import type { RegionId } from "./types.js";
import { WordIds } from "./word-ids.js";

const NO_EXACT: string[] = [];

/** The parts held by `bytes`, or undefined when they were made from other data or code. */
export function restoreParts(
  bytes: Buffer,
  fingerprint = compiledDataFingerprint(),
): CompiledParts | undefined {
  const headLength = bytes.readUInt32LE(0);
  // The fingerprint leads the head: a stale file is told before parsing the rest.
  const lead = `{"fingerprint":${JSON.stringify(fingerprint)},`;
  if (bytes.toString("utf8", 4, 4 + lead.length) !== lead) return undefined;
  const head = JSON.parse(bytes.toString("utf8", 4, 4 + headLength)) as SerializedHead;
  let start = align8(4 + headLength);
  let arrays = bytes.buffer as ArrayBuffer;
  if ((bytes.byteOffset + start) % 8 !== 0) {
    // Views need aligned offsets: a buffer that sits at any offset is copied once.
    const own = new Uint8Array(bytes.length - start);
    own.set(bytes.subarray(start));
    arrays = own.buffer;
    start = 0;
  } else start += bytes.byteOffset;
  const view = <T extends TypeName>(name: string, type: T): InstanceType<(typeof TYPES)[T]> => {
    const [offset, length, stored] = head.layout[name] ?? [0, 0, type];
    if (stored !== type) throw new Error(`compiled data: ${name} is ${stored}, not ${type}`);
    return new TYPES[type](arrays, start + offset, length) as InstanceType<(typeof TYPES)[T]>;
  };
  // A numbered phrase table's arrays, as serialize-parts.ts stored them under the part's name.
  const storedFlatTrie = (part: string, childCount: number): StoredFlatTrie => ({
    roots: view(`${part}.roots`, "Int32Array"),
    values: view(`${part}.nodeValues`, "Int32Array"),
    hasNext: view(`${part}.hasNext`, "Uint8Array"),
    childCount,
    childSlots: view(`${part}.childSlots`, "Int32Array"),
  });
  const strings = unpackList(head.strings);

  const words = WordIds.restore({
    count: head.words.count,
    charCount: head.words.charCount,
    slots: view("words.slots", "Int32Array"),
    meta: view("words.meta", "Int32Array"),
    chars: view("words.chars", "Uint16Array"),
  });

  const m = head.model;
  const modelKeys = unpackList(m.keys);
  const model: BeatModel = {
    classes: m.classes,
    temperature: m.temperature,
    wordFeature: view("model.wordFeature", "Int32Array"),
    headlineFeature: view("model.headlineFeature", "Int32Array"),
    vocabBits: view("model.vocabBits", "Uint8Array"),
    phrases: PairTable.restore({
      count: m.phraseCount,
      slots: view("model.phraseSlots", "Int32Array"),
    }),
    words,
    keys: modelKeys,
    scratch: new Float64Array(modelKeys.length),
    weights: view("model.weights", "Float32Array"),
    bias: view("model.bias", "Float64Array"),
    lexicon: view("model.lexicon", "Float64Array"),
  };

  const l = head.lexicon;
  const lexiconKeys = unpackList(l.keys);
  const listSizes = view("lexicon.listSizes", "Int32Array");
  const entryHeads = view("lexicon.entryHeads", "Int32Array");
  const entryBeats = view("lexicon.entryBeats", "Int32Array");
  const entryWeights = view("lexicon.entryWeights", "Float64Array");
  const phrases = new Map<string, LexiconEntry[]>();
  const lists: LexiconEntry[][] = [];
  let entry = 0;
  let beatAt = 0;
  for (let i = 0; i < lexiconKeys.length; i++) {
    const key = lexiconKeys[i] as string;
    const list: LexiconEntry[] = [];
    for (let n = listSizes[i] as number; n > 0; n--, entry++) {
      const term = strings[entryHeads[3 * entry] as number] as string;
      const caseBits = entryHeads[3 * entry + 1] as number;
      const beats = entryHeads[3 * entry + 2] as number;
      const words = key.split(" ");
      const caseRules: CaseRule[] = [];
      let anyExact = false;
      for (let k = 0; k < words.length; k++) {
        const rule = ((caseBits >>> (2 * k)) & 3) as CaseRule;
        caseRules.push(rule);
        if (rule === CaseRule.Exact) anyExact = true;
      }
      const beatList: number[] = [];
      const weightList: number[] = [];
      for (let b = 0; b < beats; b++, beatAt++) {
        beatList.push(entryBeats[beatAt] as number);
        weightList.push(entryWeights[beatAt] as number);
      }
      list.push({
        term,
        words,
        caseRules,
        beatList,
        weightList,
        index: entry,
        exact: anyExact ? words.map((w) => w.toUpperCase().replace(/\./g, "")) : NO_EXACT,
        caseBits,
        size: words.length,
      });
    }
    lists.push(list);
    phrases.set(key, list);
  }
  const lexicon: BeatLexicon = {
    beats: head.taxonomy.beats,
    frames: compileFrames(head.taxonomy, l.parents),
    parents: l.parents,
    fallback: l.fallback,
    phrases,
    maxWords: joinMaxWords(
      lexiconKeys,
      unpackList(l.maxWords),
      view("lexicon.maxWords", "Int32Array"),
    ),
    flat: restoreFlatTrie(storedFlatTrie("lexicon", l.childCount), lists),
    words,
    repeats: new Uint32Array(l.entryCount),
  };

  const g = head.gazetteer;
  const gazetteerKeys = unpackList(g.keys);
  const gazetteerSizes = view("gazetteer.listSizes", "Int32Array");
  const columns = view("gazetteer.candidates", "Int32Array");
  const names = new Map<string, PlaceCandidate[] | null>();
  const gazetteerLists: (PlaceCandidate[] | null)[] = [];
  let at = 0;
  for (let i = 0; i < gazetteerKeys.length; i++) {
    const size = gazetteerSizes[i] as number;
    let list: PlaceCandidate[] | null = null;
    if (size >= 0) {
      list = [];
      for (let n = 0; n < size; n++, at += CANDIDATE_FIELDS) {
        const flags = columns[at + 5] as number;
        // The fields in the order compileGazetteer writes them: one shape for every candidate.
        list.push({
          name: strings[columns[at] as number] as string,
          country: strings[columns[at + 1] as number] as string,
          region: REGIONS[columns[at + 2] as number] as RegionId,
          kind: KINDS[columns[at + 3] as number] as PlaceKind,
          population: columns[at + 4] as number,
          word: (flags & 1) !== 0,
          givenName: (flags & 2) !== 0,
          exact: (flags & 4) !== 0,
        });
      }
    }
    gazetteerLists.push(list);
    names.set(gazetteerKeys[i] as string, list);
  }
  const named = Array.from(
    view("gazetteer.named", "Int32Array"),
    (i): GazetteerName => ({ key: gazetteerKeys[i] as string, list: gazetteerLists[i] ?? null }),
  );
  const gazetteer: Gazetteer = {
    names,
    maxWords: joinMaxWords(
      gazetteerKeys,
      unpackList(g.maxWords),
      view("gazetteer.maxWords", "Int32Array"),
    ),
    flat: restoreFlatTrie(storedFlatTrie("gazetteer", g.childCount), named),
    words,
    regionOf: new Map(g.regionOf),
    givenNames: new Set(unpackList(g.givenNames)),
    countryNames: new Map(g.countryNames),
  };
  const member = head.member && {
    ...head.member,
    stopwords: unpackList(head.member.stopwords),
    embeddings: view("member.embeddings", "Int8Array"),
  };
  return { words, model, lexicon, gazetteer, taxonomy: head.taxonomy, member };
}
