// npm run bench: building and rendering an edition from 1k, 5k and 20,000 articles in a day,
// and the email's size (never past Gmail's 102 KB). Run from dist after a build.
import { loadavg } from "node:os";
import { buildEdition } from "../build-edition.js";
import { buildEditionOffThread } from "../build-edition-off-thread.js";
import { fillForSubscriber } from "../fill-for-subscriber.js";
import { nearDuplicateClusters } from "../near-duplicate-clusters.js";
import { renderSegment } from "../render-segment.js";
import { benchArticles } from "./bench-articles.js";

const GMAIL_CLIP_BYTES = 102 * 1024;
const now = new Date();
const publicUrl = "https://news.example.org";
const everyone = { regions: [], beats: [] };
const load = () => `load ${loadavg()[0]?.toFixed(2)}`;
const subscriber = {
  greeting: "Hello,",
  unsubscribeUrl: `${publicUrl}/unsubscribe?s=123456&t=${"x".repeat(43)}`,
  preferencesUrl: `${publicUrl}/preferences?s=123456&t=${"x".repeat(43)}`,
};

// Warm-up: mjml loads on the first render.
const warm = buildEdition({ articles: benchArticles(200, now), frequency: "daily", now });
if (warm) await renderSegment(warm, everyone, { publicUrl });

let failed = false;
for (const count of [1_000, 5_000, 20_000]) {
  const articles = benchArticles(count, now);
  const stats = { compared: 0 };
  let started = performance.now();
  const clusters = nearDuplicateClusters(articles, undefined, stats);
  const foldMs = performance.now() - started;
  started = performance.now();
  const edition = buildEdition({ articles, frequency: "daily", now });
  const buildMs = performance.now() - started;
  if (!edition) throw new Error("the bench articles made no edition");
  started = performance.now();
  const template = await renderSegment(edition, everyone, { publicUrl, browserUrl: publicUrl });
  const renderMs = performance.now() - started;
  if (!template) throw new Error("the edition rendered nothing");
  const bytes = Buffer.byteLength(fillForSubscriber(template, subscriber).html);
  const largest = Math.max(...clusters.map((cluster) => cluster.length));
  const allPairs = (count * (count - 1)) / 2;
  console.log(
    `${count} articles: buildEdition ${buildMs.toFixed(0)} ms (folding alone ${foldMs.toFixed(0)} ms, ${stats.compared} pairs compared of ${allPairs} [${((100 * stats.compared) / allPairs).toFixed(3)}%], ${count - clusters.length} folded, largest story ${largest} reports), render ${renderMs.toFixed(0)} ms, ${template.storyCount} cards, email ${(bytes / 1024).toFixed(1)} KB [${load()}]`,
  );
  // An editor who raises the cap: the email is trimmed to stay under the clipping size.
  const wide = await renderSegment({ ...edition, capPerRegion: 60 }, everyone, { publicUrl });
  if (!wide) throw new Error("the edition rendered nothing");
  const wideBytes = Buffer.byteLength(fillForSubscriber(wide, subscriber).html);
  console.log(
    `  cap raised to 60 a region: ${wide.storyCount} cards kept (${wide.trimmed?.storiesLeftOut ?? 0} trimmed), email ${(wideBytes / 1024).toFixed(1)} KB [${load()}]`,
  );
  if (bytes > GMAIL_CLIP_BYTES || wideBytes > GMAIL_CLIP_BYTES) failed = true;
  // What a server's event loop feels: its longest stall while the edition is built.
  const stall = async (build: () => unknown) => {
    let last = performance.now();
    let longest = 0;
    const tick = setInterval(() => {
      const at = performance.now();
      longest = Math.max(longest, at - last);
      last = at;
    }, 5);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
    await settle();
    await build();
    await settle();
    clearInterval(tick);
    return longest;
  };
  const onLoop = await stall(() => buildEdition({ articles, frequency: "daily", now }));
  started = performance.now();
  const offLoop = await stall(() => buildEditionOffThread({ articles, frequency: "daily", now }));
  const threadMs = performance.now() - started;
  console.log(
    `  event loop's longest stall while building: ${onLoop.toFixed(0)} ms on it, ${offLoop.toFixed(0)} ms with buildEditionOffThread (${threadMs.toFixed(0)} ms in all) [${load()}]`,
  );
}
if (failed) {
  console.error("an email passed Gmail's 102 KB clipping size");
  process.exitCode = 1;
}
