// npm run bench: MJML compile time per segment against fill time per subscriber, for the
// 30-card edition the fixtures make. Run from dist after a build.
import { buildEdition } from "../build-edition.js";
import { fillForSubscriber } from "../fill-for-subscriber.js";
import { renderSegment, type SegmentTemplate } from "../render-segment.js";
import { fixtureArticles } from "../test-support/fixture-articles.js";

const now = new Date();
const publicUrl = "https://news.example.org";
const edition = buildEdition({ articles: fixtureArticles(now), frequency: "daily", now });
if (!edition) throw new Error("the fixtures made no edition");
const everyone = { regions: [], beats: [] };

let started = performance.now();
let template = (await renderSegment(edition, everyone, { publicUrl })) as SegmentTemplate;
const firstMs = performance.now() - started;

const COMPILES = 40;
for (let i = 0; i < 5; i++) await renderSegment(edition, everyone, { publicUrl });
started = performance.now();
for (let i = 0; i < COMPILES; i++) {
  template = (await renderSegment(edition, everyone, { publicUrl })) as SegmentTemplate;
}
const compileMs = (performance.now() - started) / COMPILES;

const FILLS = 20_000;
let bytes = 0;
const fill = (i: number) =>
  fillForSubscriber(template, {
    greeting: `Good morning, reader ${i}`,
    unsubscribeUrl: `${publicUrl}/unsubscribe?token=${i.toString(36).padStart(24, "0")}`,
    preferencesUrl: `${publicUrl}/preferences?token=${i.toString(36).padStart(24, "0")}`,
  });
for (let i = 0; i < 1_000; i++) bytes += fill(i).html.length;
started = performance.now();
for (let i = 0; i < FILLS; i++) bytes += fill(i).html.length;
const fillUs = ((performance.now() - started) * 1000) / FILLS;
// What a transport pays: the filled rope flattened once (Buffer.byteLength reads it all).
started = performance.now();
for (let i = 0; i < FILLS; i++) {
  const filled = fill(i);
  bytes += Buffer.byteLength(filled.html) + Buffer.byteLength(filled.text);
}
const flatUs = ((performance.now() - started) * 1000) / FILLS;

const sample = fill(1);
const cards = template.articleIds.length;
console.log(`edition: ${cards} cards in ${edition.sections.length} regions`);
console.log(`first render (loads mjml): ${firstMs.toFixed(0)} ms`);
console.log(`MJML compile per segment (warm, ${COMPILES} runs): ${compileMs.toFixed(1)} ms`);
console.log(`fill per subscriber (${FILLS} runs): ${fillUs.toFixed(1)} us`);
console.log(`fill + flatten HTML and text per subscriber: ${flatUs.toFixed(1)} us`);
console.log(`compile / (fill + flatten): ${Math.round((compileMs * 1000) / flatUs)}x`);
console.log(
  `email size: HTML ${(Buffer.byteLength(sample.html) / 1024).toFixed(1)} KB (Gmail clips at ~102 KB), text ${(Buffer.byteLength(sample.text) / 1024).toFixed(1)} KB`,
);
if (bytes === 0) console.log("(nothing filled)");
