import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type BeatModelData, formatBeatModel, packBeatModel } from "../packed-beat-model.js";

// `npm run pack:model [-- FILE...]`: rewrites beat models in the packed form the classifier
// loads fastest (data/beat-model.json when no file is named). A model written by an older
// `npm run train` still loads unpacked, only more slowly; packing changes no number in it nor
// its fingerprint, so its beat-combiner.json stays valid.
const files = process.argv.slice(2);
if (files.length === 0) {
  files.push(fileURLToPath(new URL("../../data/beat-model.json", import.meta.url)));
}
for (const file of files) {
  const model = JSON.parse(readFileSync(file, "utf8")) as BeatModelData;
  const before = model.version;
  writeFileSync(file, formatBeatModel(packBeatModel(model)));
  console.log(`${file}: ${before === 2 ? "already packed, rewritten" : "packed"}`);
}
