import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CaseRule } from "./beat-lexicon.js";
import { compiledDataFingerprint } from "./compiled-data-fingerprint.js";
import { classifierOf, compileParts } from "./create-classifier.js";
import { loadFixtureArticles } from "./eval/fixture-articles.js";
import { loadBeatCombiner, loadBeatMember } from "./load-data.js";
import { restoreParts } from "./restore-parts.js";
import { serializeParts } from "./serialize-parts.js";

const dir = fileURLToPath(new URL("../../../fixtures/articles/", import.meta.url));
const articles = loadFixtureArticles(dir).map((l) => l.article);

describe("the compiled data", () => {
  const parts = compileParts();
  const bytes = serializeParts(parts, "test");

  it("classifies every fixture as the data compiled from data/ does, restored", () => {
    const restored = restoreParts(bytes, "test");
    expect(restored).toBeDefined();
    const combiner = loadBeatCombiner();
    const compiled = classifierOf(parts, combiner);
    const fromFile = classifierOf(restored as NonNullable<typeof restored>, combiner);
    // Long articles too (three fixtures joined), as the bench and the pinned outputs use.
    const joined = articles.map((a, i) => ({
      ...a,
      paragraphs: [...a.paragraphs, ...(articles[(i + 5) % articles.length]?.paragraphs ?? [])],
    }));
    for (const a of [...articles, ...joined]) {
      expect(JSON.stringify(fromFile.explain(a))).toBe(JSON.stringify(compiled.explain(a)));
    }
    expect(fromFile.taxonomy).toEqual(compiled.taxonomy);
    // With the member, its embeddings restored as bytes from the file.
    const withMember = serializeParts({ ...parts, member: loadBeatMember() }, "test");
    const memberParts = restoreParts(withMember, "test") as NonNullable<typeof restored>;
    expect(memberParts.member?.embeddings).toBeInstanceOf(Int8Array);
    const compiledWith = classifierOf(parts, combiner, loadBeatMember());
    const fromFileWith = classifierOf(memberParts, combiner, memberParts.member);
    for (const a of [...articles, ...joined]) {
      expect(JSON.stringify(fromFileWith.explain(a))).toBe(JSON.stringify(compiledWith.explain(a)));
    }
    // The lower-case-only rule (the case bits' fourth value) survives the round trip.
    const rules = (p: typeof parts) => p.lexicon.phrases.get("labour")?.map((e) => e.caseRules);
    expect(rules(restored as NonNullable<typeof restored>)).toEqual(rules(parts));
    expect(rules(parts)).toContainEqual([CaseRule.LowerOnly]);
  }, 60_000);

  it("restores the lexicon's numbered phrase table as compiled, node for node", () => {
    const restored = restoreParts(bytes, "test") as NonNullable<ReturnType<typeof restoreParts>>;
    const [a, b] = [parts.lexicon.flat, restored.lexicon.flat];
    expect(Array.from(b.roots)).toEqual(Array.from(a.roots));
    expect(Array.from(b.hasNext)).toEqual(Array.from(a.hasNext));
    expect(Array.from(b.children.snapshot().slots)).toEqual(
      Array.from(a.children.snapshot().slots),
    );
    const named = (values: typeof a.values) =>
      values.map((v) => v?.map((e) => `${e.index} ${e.term}`));
    expect(named(b.values)).toEqual(named(a.values));
  });

  it("is not used when the data or code it came from changed", () => {
    expect(restoreParts(bytes, "another")).toBeUndefined();
    expect(compiledDataFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });
});
