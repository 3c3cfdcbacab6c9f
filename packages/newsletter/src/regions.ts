/** The news-desk regions in their default edition order (docs/json-contract.md). */
export const DEFAULT_REGION_ORDER: readonly string[] = [
  "africa",
  "americas",
  "asia-pacific",
  "europe",
  "middle-east",
];

const REGION_NAMES: Readonly<Record<string, string>> = {
  africa: "Africa",
  americas: "Americas",
  "asia-pacific": "Asia-Pacific",
  europe: "Europe",
  "middle-east": "Middle East",
};

/** The display name of a region id (`middle-east` -> `Middle East`); unknown ids are title-cased. */
export function regionName(id: string): string {
  return REGION_NAMES[id] ?? titleCase(id);
}

function titleCase(id: string): string {
  return id
    .split(/[-_/]/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join(" ");
}
