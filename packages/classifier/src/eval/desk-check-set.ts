import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ClassifiableArticle } from "../types.js";

/**
 * The blind desk check (desk-check/*.json): invented short stories in the styles of British,
 * Irish, Australian, Indian and African outlets, one file per desk, each file naming the
 * top-level beat that desk files under. It lives outside fixtures/articles, the only directory
 * the trainers read (src/train/training-paths.ts), so it is never trained on.
 */
export const DEFAULT_DESK_CHECK_DIR = fileURLToPath(new URL("../../desk-check/", import.meta.url));

export interface DeskCheckStory {
  id: string;
  desk: string;
  /** The top-level beat the desk files under: the only acceptable primary beat. */
  beat: string;
  article: ClassifiableArticle;
}

interface DeskFile {
  desk: string;
  beat: string;
  stories: { id: string; headline: string; dek?: string | null; paragraphs: string[] }[];
}

/** Every story of every desk file in `dir`, desks in file-name order; [] when `dir` is absent. */
export function loadDeskCheck(dir = DEFAULT_DESK_CHECK_DIR): DeskCheckStory[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  } catch {
    return [];
  }
  return files.sort().flatMap((f) => {
    const file = JSON.parse(readFileSync(join(dir, f), "utf8")) as DeskFile;
    return file.stories.map((s) => ({
      id: s.id,
      desk: file.desk,
      beat: file.beat,
      article: {
        headline: s.headline,
        dek: s.dek ?? null,
        paragraphs: s.paragraphs,
        contributors: [],
      },
    }));
  });
}

export interface DeskRow {
  desk: string;
  right: number;
  total: number;
}

/** Per desk (in first-seen order), how many stories the given primary beat files right. */
export function deskAccuracy(
  stories: readonly DeskCheckStory[],
  primary: (s: DeskCheckStory) => string,
): DeskRow[] {
  const rows = new Map<string, DeskRow>();
  for (const s of stories) {
    let row = rows.get(s.desk);
    if (!row) {
      row = { desk: s.desk, right: 0, total: 0 };
      rows.set(s.desk, row);
    }
    row.total++;
    if (primary(s) === s.beat) row.right++;
  }
  return [...rows.values()];
}
