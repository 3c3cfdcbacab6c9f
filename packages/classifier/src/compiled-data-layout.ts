import type { BeatLexicon } from "./beat-lexicon.js";
import type { BeatMemberData } from "./beat-member.js";
import type { BeatModel } from "./beat-model.js";
import type { PackedList } from "./compact-encodings.js";
import type { Gazetteer, PlaceKind } from "./gazetteer.js";
import type { RegionId, Taxonomy } from "./types.js";
import type { WordIds } from "./word-ids.js";

/**
 * The bundled data compiled once at build time (`npm run build` writes dist/compiled-data.bin):
 * the word table, the beat model, the lexicon (its phrase table numbered as matching walks it)
 * and the gazetteer as they are after compiling, and the member's embeddings as bytes.
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
  /** The bundled member (data/beat-member.json), its embeddings as bytes; none when compiled. */
  member?: BeatMemberData;
}

// Bump when the layout changes.
export const COMPILED_DATA_FORMAT = "compiled-data 3";

export const REGIONS: RegionId[] = ["africa", "americas", "asia-pacific", "europe", "middle-east"];
export const KINDS: PlaceKind[] = [
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
export const CANDIDATE_FIELDS = 6;

export type Typed =
  | Int8Array<ArrayBuffer>
  | Int32Array<ArrayBuffer>
  | Uint32Array<ArrayBuffer>
  | Uint16Array<ArrayBuffer>
  | Uint8Array<ArrayBuffer>
  | Float32Array<ArrayBuffer>
  | Float64Array<ArrayBuffer>;
export const TYPES = {
  Int8Array,
  Int32Array,
  Uint32Array,
  Uint16Array,
  Uint8Array,
  Float32Array,
  Float64Array,
};
export type TypeName = keyof typeof TYPES;

export interface SerializedHead {
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
    /** Entries of the numbered phrase table's PairTable of children (flat-trie.ts). */
    childCount: number;
    entryCount: number;
  };
  gazetteer: {
    keys: PackedList;
    maxWords: PackedList;
    /** Entries of the numbered name table's PairTable of children (flat-trie.ts). */
    childCount: number;
    regionOf: [string, RegionId][];
    givenNames: PackedList;
    countryNames: [string, string][];
  };
  /** The member's small parts; its embeddings are the typed array "member.embeddings". */
  member?: Omit<BeatMemberData, "embeddings" | "stopwords"> & { stopwords: PackedList };
  /** Per typed array: byte offset after the head, element count, type. */
  layout: Record<string, [number, number, TypeName]>;
}
