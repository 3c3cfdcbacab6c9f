import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { COMPILED_DATA_FILE } from "./compiled-data.js";
import { compileParts } from "./create-classifier.js";
import { loadBeatMember } from "./load-data.js";
import { restoreParts } from "./restore-parts.js";
import { serializeParts } from "./serialize-parts.js";

// Run by `npm run build` after tsc: compiles data/ once into dist/compiled-data.bin, which
// createClassifier restores instead of compiling (see compiled-data.ts).
const bytes = serializeParts({ ...compileParts(), member: loadBeatMember() });
if (!restoreParts(bytes)) throw new Error("the compiled data just made does not restore: a bug");
writeFileSync(COMPILED_DATA_FILE, bytes);
console.log(`wrote ${fileURLToPath(COMPILED_DATA_FILE)} (${(bytes.length / 1e6).toFixed(1)} MB)`);
