import { DEFAULT_REGION_ORDER, TOP_LEVEL_BEATS } from "@newsdesk/newsletter";
import { z } from "zod";

/**
 * A list from a query string: repeated checkboxes (`regions=a&regions=b`), a comma list
 * (`regions=a,b`, as the "view in browser" link writes it) or both; lower-cased, each once.
 */
const idList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => {
    const raw = value === undefined ? [] : Array.isArray(value) ? value : [value];
    const ids = raw.flatMap((item) => item.split(",")).map((id) => id.trim().toLowerCase());
    return [...new Set(ids.filter(Boolean))];
  });

// A sub-beat (`politics/diplomacy`) is a top-level beat with a path under it.
const isBeat = (id: string) =>
  TOP_LEVEL_BEATS.includes(id.split("/")[0] ?? "") && /^[a-z/-]+$/.test(id);

/** Regions and beats a reader picked; empty lists mean all. */
export const segmentParams = z.object({
  regions: idList.refine((ids) => ids.every((id) => DEFAULT_REGION_ORDER.includes(id)), {
    message: `unknown region: use ${DEFAULT_REGION_ORDER.join(", ")}`,
  }),
  beats: idList.refine((ids) => ids.every(isBeat), {
    message: `unknown beat: use ${TOP_LEVEL_BEATS.join(", ")}`,
  }),
});

/** `/preview`'s query: whose email, and how to show it. Every switch is a plain GET parameter. */
export const previewParams = segmentParams.extend({
  frequency: z.enum(["daily", "weekly"]).default("daily"),
  width: z.enum(["desktop", "mobile"]).default("desktop"),
  theme: z.enum(["light", "dark"]).default("light"),
  format: z.enum(["html", "text"]).default("html"),
});

export type SegmentParams = z.infer<typeof segmentParams>;
export type PreviewParams = z.infer<typeof previewParams>;

/** A 400 naming the parameter that is wrong and how to put it right. */
export class BadQueryError extends Error {
  override name = "BadQueryError";
  readonly statusCode = 400;
}

/** Parses a query with a schema, or throws BadQueryError (`beats: unknown beat: use ...`). */
export function parseQuery<T extends z.ZodType>(schema: T, query: unknown): z.infer<T> {
  const result = schema.safeParse(query ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.join(".") || "query";
  throw new BadQueryError(`${where}: ${issue?.message ?? "not understood"}`);
}

/** The query string of preview params, with `changes` applied: every switch is a link. */
export function previewSearch(params: PreviewParams, changes: Partial<PreviewParams> = {}): string {
  const next = { ...params, ...changes };
  const search = new URLSearchParams();
  for (const region of next.regions) search.append("regions", region);
  for (const beat of next.beats) search.append("beats", beat);
  search.set("frequency", next.frequency);
  search.set("width", next.width);
  search.set("theme", next.theme);
  search.set("format", next.format);
  return search.toString();
}
