import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import { endianness } from "node:os";
import { type BeatLexicon, CaseRule, type LexiconEntry } from "./beat-lexicon.js";
import type { BeatModel } from "./beat-model.js";
import {
  align8,
  flattenTrie,
  joinMaxWords,
  type PackedList,
  packList,
  restoreTrie,
  StringTable,
  splitMaxWords,
  unpackList,
} from "./compact-encodings.js";
import type { Gazetteer, GazetteerName, PlaceCandidate, PlaceKind } from "./gazetteer.js";
import { DATA_FILES } from "./load-data.js";
import { PairTable } from "./pair-table.js";
import type { RegionId, Taxonomy } from "./types.js";
import { WordIds } from "./word-ids.js";

/**
 * The bundled data compiled once at build time (`npm run build` writes dist/compiled-data.bin):
 * the word table, the beat model, the lexicon and the gazetteer as they are after compiling.
 * Restoring them costs a fraction of compiling them again from data/, which tokenized and
 * interned some hundred thousand words and names. data/ stays the source: the file holds a
 * fingerprint of data/ and of the compiled code, and when either changed since, the classifier
 * compiles from data/ as before.
 *
 * Layout: a little-endian uint32 n, n bytes of JSON (the fingerprint first, then strings and
 * small lists, and where each typed array lies), then the typed arrays, each 8-byte aligned.
 */
export interface CompiledParts {
  words: WordIds;
  model: BeatModel;
  lexicon: BeatLexicon;
  gazetteer: Gazetteer;
  taxonomy: Taxonomy;
}

// Bump when the layout changes.
const FORMAT = "compiled-data 2";
const FILE = new URL("../dist/compiled-data.bin", import.meta.url);
const REGIONS: RegionId[] = ["africa", "americas", "asia-pacific", "europe", "middle-east"];
const KINDS: PlaceKind[] = [
  "country",
  "demonym",
  "capital",
  "city",
  "subdivision",
  "area",
  "institution",
  "region",
  "figure",
];
/** Per candidate in the gazetteer's columns: name, country, region, kind, population, flags. */
const CANDIDATE_FIELDS = 6;

type Typed =
  | Int32Array<ArrayBuffer>
  | Uint32Array<ArrayBuffer>
  | Uint16Array<ArrayBuffer>
  | Uint8Array<ArrayBuffer>
  | Float32Array<ArrayBuffer>
  | Float64Array<ArrayBuffer>;
const TYPES = { Int32Array, Uint32Array, Uint16Array, Uint8Array, Float32Array, Float64Array };
type TypeName = keyof typeof TYPES;

/** The compiled parts as bytes, with the fingerprint of the data and code they came from. */
export function serializeParts(
  parts: CompiledParts,
  fingerprint = compiledDataFingerprint(),
): Buffer {
  const blobs: [string, ArrayBufferView, TypeName][] = [];
  const blob = (name: string, a: Typed) => {
    blobs.push([name, a, a.constructor.name as TypeName]);
    return name;
  };
  const strings = new StringTable();
  const { words, model, lexicon, gazetteer } = parts;

  const wordState = words.snapshot();
  blob("words.slots", wordState.slots);
  blob("words.meta", wordState.meta);
  blob("words.chars", wordState.chars);

  const phraseState = model.phrases.snapshot();
  blob("model.wordFeature", model.wordFeature as Int32Array<ArrayBuffer>);
  blob("model.headlineFeature", model.headlineFeature as Int32Array<ArrayBuffer>);
  blob("model.vocabBits", model.vocabBits as Uint8Array<ArrayBuffer>);
  blob("model.phraseSlots", phraseState.slots);
  blob("model.weights", model.weights as Float32Array<ArrayBuffer>);
  blob("model.bias", model.bias as Float64Array<ArrayBuffer>);
  blob("model.lexicon", model.lexicon as Float64Array<ArrayBuffer>);

  // Lexicon entries, numbered list by list (compileTaxonomy): a list is the next `size` ones.
  const lists = [...lexicon.phrases.values()];
  const listIndex = new Map(lists.map((l, i) => [l, i]));
  const entryHeads: number[] = [];
  const entryBeats: number[] = [];
  const entryWeights: number[] = [];
  for (const e of lists.flat()) {
    entryHeads.push(strings.id(e.term), e.caseBits, e.beatList.length);
    entryBeats.push(...e.beatList);
    entryWeights.push(...e.weightList);
  }
  blob(
    "lexicon.listSizes",
    Int32Array.from(lists, (l) => l.length),
  );
  blob("lexicon.entryHeads", Int32Array.from(entryHeads));
  blob("lexicon.entryBeats", Int32Array.from(entryBeats));
  blob("lexicon.entryWeights", Float64Array.from(entryWeights));
  const lexiconMaxWords = splitMaxWords(lexicon.maxWords, [...lexicon.phrases.keys()]);
  blob("lexicon.maxWords", lexiconMaxWords.values);
  blob(
    "lexicon.trie",
    flattenTrie(lexicon.trie, (v: LexiconEntry[]) => listIndex.get(v) ?? -1),
  );

  const gazetteerKeys = [...gazetteer.names.keys()];
  const keyIndex = new Map(gazetteerKeys.map((k, i) => [k, i]));
  const named: number[] = [];
  const gazetteerTrie = flattenTrie(gazetteer.trie, (v: GazetteerName) => {
    named.push(keyIndex.get(v.key) ?? -1);
    return named.length - 1;
  });
  const candidates: number[] = [];
  for (const list of gazetteer.names.values()) {
    for (const c of list ?? []) {
      if (!Number.isInteger(c.population) || Math.abs(c.population) > 2 ** 31 - 1) {
        throw new Error(`population ${c.population} of ${c.name} is no 32-bit integer`);
      }
      candidates.push(
        strings.id(c.name),
        strings.id(c.country),
        REGIONS.indexOf(c.region),
        KINDS.indexOf(c.kind),
        c.population,
        (c.word ? 1 : 0) | (c.givenName ? 2 : 0) | (c.exact ? 4 : 0),
      );
    }
  }
  blob(
    "gazetteer.listSizes",
    Int32Array.from(gazetteer.names.values(), (l) => (l === null ? -1 : l.length)),
  );
  blob("gazetteer.candidates", Int32Array.from(candidates));
  const gazetteerMaxWords = splitMaxWords(gazetteer.maxWords, gazetteerKeys);
  blob("gazetteer.maxWords", gazetteerMaxWords.values);
  blob("gazetteer.named", Int32Array.from(named));
  blob("gazetteer.trie", gazetteerTrie);

  let offset = 0;
  const layout: Record<string, [number, number, TypeName]> = {};
  for (const [name, a, type] of blobs) {
    layout[name] = [offset, a.byteLength / (a as Typed).BYTES_PER_ELEMENT, type];
    offset += align8(a.byteLength);
  }
  const head: SerializedHead = {
    fingerprint,
    taxonomy: parts.taxonomy,
    strings: packList(strings.list),
    words: { count: words.size, charCount: wordState.charCount },
    model: {
      classes: model.classes,
      temperature: model.temperature,
      phraseCount: phraseState.count,
      keys: packList(model.keys),
    },
    lexicon: {
      parents: lexicon.parents,
      fallback: lexicon.fallback,
      keys: packList([...lexicon.phrases.keys()]),
      maxWords: packList(lexiconMaxWords.others),
      trieLength: lexicon.trie.length,
      entryCount: lexicon.repeats.length,
    },
    gazetteer: {
      keys: packList(gazetteerKeys),
      maxWords: packList(gazetteerMaxWords.others),
      trieLength: gazetteer.trie.length,
      regionOf: [...gazetteer.regionOf],
      givenNames: packList([...gazetteer.givenNames]),
      countryNames: [...gazetteer.countryNames],
    },
    layout,
  };
  const headBytes = Buffer.from(JSON.stringify(head), "utf8");
  const start = align8(4 + headBytes.length);
  const out = Buffer.alloc(start + offset);
  out.writeUInt32LE(headBytes.length, 0);
  headBytes.copy(out, 4);
  for (const [name, a] of blobs) {
    const at = start + (layout[name] as [number, number, TypeName])[0];
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
  }
  return out;
}

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
    parents: l.parents,
    fallback: l.fallback,
    phrases,
    maxWords: joinMaxWords(
      lexiconKeys,
      unpackList(l.maxWords),
      view("lexicon.maxWords", "Int32Array"),
    ),
    trie: restoreTrie(view("lexicon.trie", "Int32Array"), l.trieLength, lists),
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
    trie: restoreTrie(view("gazetteer.trie", "Int32Array"), g.trieLength, named),
    words,
    regionOf: new Map(g.regionOf),
    givenNames: new Set(unpackList(g.givenNames)),
    countryNames: new Map(g.countryNames),
  };
  return { words, model, lexicon, gazetteer, taxonomy: head.taxonomy };
}

/** The compiled bundled data of dist/compiled-data.bin, or undefined when absent or stale. */
export function readCompiledData(): CompiledParts | undefined {
  if (!existsSync(FILE)) return undefined;
  // The lead alone first: a stale file (or a test run from src/) does not read 8 MB for nothing.
  const fingerprint = compiledDataFingerprint();
  const lead = Buffer.alloc(200);
  const fd = openSync(FILE, "r");
  try {
    readSync(fd, lead, 0, lead.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!lead.toString("latin1").includes(fingerprint)) return undefined;
  return restoreParts(readFileSync(FILE), fingerprint);
}

/** Where `npm run build` writes the compiled data. */
export const COMPILED_DATA_FILE = FILE;

/**
 * A hash of the data files and of the code beside this module (the built .js files of dist/;
 * none when running from src/, so tests compile from data/), so that a change to either
 * leaves the file unused until the next build.
 */
export function compiledDataFingerprint(): string {
  const hash = createHash("sha256").update(FORMAT).update(endianness());
  for (const name of DATA_FILES) {
    hash.update(name).update(readFileSync(new URL(`../data/${name}`, import.meta.url)));
  }
  const here = new URL(".", import.meta.url);
  for (const name of readdirSync(here).sort()) {
    if (name.endsWith(".js")) hash.update(name).update(readFileSync(new URL(name, here)));
  }
  return hash.digest("hex");
}

interface SerializedHead {
  fingerprint: string;
  taxonomy: Taxonomy;
  strings: PackedList;
  words: { count: number; charCount: number };
  model: { classes: string[]; temperature: number; phraseCount: number; keys: PackedList };
  lexicon: {
    parents: number[];
    fallback: number;
    keys: PackedList;
    maxWords: PackedList;
    trieLength: number;
    entryCount: number;
  };
  gazetteer: {
    keys: PackedList;
    maxWords: PackedList;
    trieLength: number;
    regionOf: [string, RegionId][];
    givenNames: PackedList;
    countryNames: [string, string][];
  };
  /** Per typed array: byte offset after the head, element count, type. */
  layout: Record<string, [number, number, TypeName]>;
}

const NO_EXACT: string[] = [];
