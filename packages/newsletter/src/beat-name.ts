const BEAT_NAMES: Readonly<Record<string, string>> = {
  "arts-culture-entertainment": "Arts & culture",
  "crime-law-justice": "Crime & justice",
  "disaster-accident-emergency": "Disasters",
  "economy-business-finance": "Business",
  education: "Education",
  environment: "Environment",
  health: "Health",
  "human-interest": "Human interest",
  labour: "Labour",
  "lifestyle-leisure": "Lifestyle",
  politics: "Politics",
  religion: "Religion",
  "science-technology": "Science & tech",
  society: "Society",
  sport: "Sport",
  "conflict-war-peace": "Conflict",
  weather: "Weather",
};

/** The 17 IPTC top-level beat ids (docs/json-contract.md), in IPTC code order. */
export const TOP_LEVEL_BEATS: readonly string[] = Object.keys(BEAT_NAMES);

/**
 * The chip label of a beat id: the 17 IPTC top-level beats have short names; a sub-beat
 * (`politics/diplomacy`) shows its last part, capitalized.
 */
export function beatName(id: string): string {
  const known = BEAT_NAMES[id];
  if (known) return known;
  const last = id.split("/").pop() ?? id;
  const words = last.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
