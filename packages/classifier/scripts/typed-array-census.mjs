// Issue #14, thirty-second pass: the typed arrays the bench's article loop makes, by the line
// that makes them. A typed array over 64 bytes gets its own buffer outside V8's heap, allocated
// and freed by malloc, which the heap profiler (allocation-profile.mjs) does not count:
//   node scripts/typed-array-census.mjs PACKAGE_DIR [WARM] [ROUNDS]
// prints, for each line that made one, how many such arrays an article made (views of a buffer
// are not counted: they take no buffer of their own). The constructors are wrapped before the
// build is loaded, so the build runs slower here: count with it, never time.
import { loadBench } from "./bench-articles.mjs";

const [pkgArg, warmArg = "200", roundsArg = "1"] = process.argv.slice(2);
if (!pkgArg)
  throw new Error("usage: node scripts/typed-array-census.mjs PACKAGE_DIR [WARM] [ROUNDS]");
const counts = new Map();
let counting = false;
for (const name of ["Float64Array", "Float32Array", "Int32Array", "Uint32Array", "Uint8Array"]) {
  const Original = globalThis[name];
  const Counted = new Proxy(Original, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget === Counted ? target : newTarget);
      if (counting && made.byteLength > 64 && !(args[0] instanceof ArrayBuffer)) {
        // The stack's third line is the caller of the constructor.
        const where = new Error().stack?.split("\n")[2]?.trim() ?? "?";
        const key = `${name} ${where}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return made;
    },
  });
  globalThis[name] = Counted;
}
const { createClassifier, articles } = await loadBench(pkgArg);
const classifier = createClassifier();
for (let i = 0; i < Number(warmArg); i++) classifier.classify(articles[i % articles.length]);
counting = true;
for (let r = 0; r < Number(roundsArg); r++) for (const a of articles) classifier.classify(a);
counting = false;
const n = Number(roundsArg) * articles.length;
const total = [...counts.values()].reduce((s, x) => s + x, 0);
console.log(`${n} articles: ${(total / n).toFixed(2)} typed arrays over 64 bytes an article`);
for (const [where, count] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(`${(count / n).toFixed(2).padStart(7)}  ${where}`);
}
