import { writeFileSync } from "node:fs";
import type { AdditiveModel } from "../additive-model.js";

/** Where the learned parameters live in the source tree (the tools run from dist-tools). */
export const LEARNED_DIR = new URL("../../src/learned/", import.meta.url);

const HEADER = "// Written by `npm run train` from the newsroom corpus: do not edit by hand.\n\n";

/** Writes a learned-data module: the header, then the body. */
export function writeLearned(name: string, body: string): void {
  writeFileSync(new URL(name, LEARNED_DIR), HEADER + body);
}

/**
 * Prints a fitted additive model (one shape per feature) and writes it as a learned-data module
 * exporting `constant`, with `doc` as its comment, the shapes in `names`' order.
 */
export function writeModel<Name extends string>(
  file: string,
  constant: string,
  doc: string,
  names: readonly Name[],
  model: AdditiveModel<Name>,
): void {
  writeLearned(file, modelSource(constant, doc, names, model));
}

/** A fitted additive model as a learned-data declaration of `constant` (printed as well). */
export function modelSource<Name extends string>(
  constant: string,
  doc: string,
  names: readonly Name[],
  model: AdditiveModel<Name>,
): string {
  const list = (xs: readonly number[]) => xs.map((x) => `${x}`).join(", ");
  const lines = names.map((name) => {
    const { knots, values } = model.shapes[name];
    return `    ${name}: { knots: [${list(knots)}], values: [${list(values)}] },`;
  });
  console.log(`bias ${model.bias}\n${lines.join("\n")}`);
  return `/** ${doc} */\nexport const ${constant} = {\n  bias: ${model.bias},\n  shapes: {\n${lines.join("\n")}\n  },\n};\n`;
}
