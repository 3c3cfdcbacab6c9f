import { fileURLToPath } from "node:url";

/** The project's labeled fixture articles, which both trainers learn from. */
export const FIXTURES_DIR = fileURLToPath(
  new URL("../../../../fixtures/articles/", import.meta.url),
);

/** Where a trainer writes its data file unless told otherwise (`--out`). */
export const dataFile = (name: string) =>
  fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
