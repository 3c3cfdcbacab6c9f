import type { LexiconEntry } from "./beat-lexicon.js";
import { embeddingBytes } from "./beat-member.js";
import { align8, packList, StringTable, splitMaxWords } from "./compact-encodings.js";
import { compiledDataFingerprint } from "./compiled-data-fingerprint.js";
import {
  type CompiledParts,
  KINDS,
  REGIONS,
  type SerializedHead,
  type Typed,
  type TypeName,
} from "./compiled-data-layout.js";
import { type StoredFlatTrie, storeFlatTrie } from "./flat-trie.js";
import type { GazetteerName } from "./gazetteer.js";

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
  // A numbered phrase table's arrays, under the part's name (restore-parts.ts reads them back).
  const flatTrieBlobs = (part: string, stored: StoredFlatTrie) => {
    blob(`${part}.roots`, stored.roots);
    blob(`${part}.nodeValues`, stored.values);
    blob(`${part}.hasNext`, stored.hasNext);
    blob(`${part}.childSlots`, stored.childSlots);
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
  // The numbered phrase table as matching walks it: restored as views, not built again.
  const flat = storeFlatTrie(lexicon.flat, (v: LexiconEntry[]) => listIndex.get(v) ?? -1);
  flatTrieBlobs("lexicon", flat);

  const gazetteerKeys = [...gazetteer.names.keys()];
  const keyIndex = new Map(gazetteerKeys.map((k, i) => [k, i]));
  const named: number[] = [];
  const gazetteerFlat = storeFlatTrie(gazetteer.flat, (v: GazetteerName) => {
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
  flatTrieBlobs("gazetteer", gazetteerFlat);

  let memberHead: SerializedHead["member"];
  if (parts.member) {
    const { embeddings, stopwords, ...rest } = parts.member;
    blob("member.embeddings", embeddingBytes(embeddings) as Int8Array<ArrayBuffer>);
    memberHead = { ...rest, stopwords: packList(stopwords) };
  }

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
      childCount: flat.childCount,
      entryCount: lexicon.repeats.length,
    },
    gazetteer: {
      keys: packList(gazetteerKeys),
      maxWords: packList(gazetteerMaxWords.others),
      childCount: gazetteerFlat.childCount,
      regionOf: [...gazetteer.regionOf],
      givenNames: packList([...gazetteer.givenNames]),
      countryNames: [...gazetteer.countryNames],
    },
    member: memberHead,
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
