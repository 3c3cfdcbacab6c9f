export { isTimeZone } from "@newsdesk/digest";

import { loadDefaultTaxonomy } from "@newsdesk/classifier";
import { DEFAULT_REGION_ORDER, regionName } from "@newsdesk/newsletter";
import { canonicalTimeZones } from "./canonical-time-zone.js";

/** One checkbox or option of a form. */
export interface Choice {
  id: string;
  label: string;
}

/** The five news desks, in edition order. */
export const REGION_CHOICES: readonly Choice[] = DEFAULT_REGION_ORDER.map((id) => ({
  id,
  label: regionName(id),
}));

const taxonomy = loadDefaultTaxonomy();

/** The top-level beats (the 17 IPTC Media Topics, and any a newsroom adds), as the form offers them. */
export const BEAT_CHOICES: readonly Choice[] = taxonomy.beats
  .filter((beat) => !beat.parent)
  .map((beat) => ({ id: beat.id, label: beat.label ?? beat.id }));

/** Every beat id a subscriber may hold: sub-beats too (the CLI can set them). */
export const KNOWN_BEATS: ReadonlySet<string> = new Set(taxonomy.beats.map((beat) => beat.id));

export const KNOWN_REGIONS: ReadonlySet<string> = new Set(DEFAULT_REGION_ORDER);

export const FREQUENCY_CHOICES: readonly Choice[] = [
  { id: "daily", label: "Daily, every morning" },
  { id: "weekly", label: "Weekly, once a week" },
];

/** A time zone of the select: its current IANA name, and the old names a browser may detect. */
export interface TimeZoneChoice extends Choice {
  /** Space-separated old names (`Asia/Calcutta`), for the detecting script; "" for none. */
  aliases: string;
}

/** Time zones grouped by area (`Europe`, `America`...), for a select with optgroups. */
export interface TimeZoneGroup {
  label: string;
  zones: TimeZoneChoice[];
}

/**
 * The runtime's time zones by area under their current IANA names (`Asia/Kolkata`, not
 * `Asia/Calcutta` as `Intl.supportedValuesOf` has it), UTC first (under no area).
 */
export const TIME_ZONE_GROUPS: readonly TimeZoneGroup[] = groupTimeZones([
  { id: "UTC", aliases: [] },
  ...canonicalTimeZones()
    .filter((zone) => zone.id !== "UTC")
    .sort((a, b) => a.id.localeCompare(b.id, "en")),
]);

function groupTimeZones(zones: readonly { id: string; aliases: string[] }[]): TimeZoneGroup[] {
  const groups = new Map<string, TimeZoneChoice[]>();
  for (const { id, aliases } of zones) {
    const slash = id.indexOf("/");
    const area = slash < 0 ? "Universal" : id.slice(0, slash);
    const place = slash < 0 ? id : id.slice(slash + 1);
    const label = place.replace(/_/g, " ").replace(/\//g, " / ");
    const list = groups.get(area) ?? [];
    list.push({
      id,
      label: area === "Universal" ? `${label} (Coordinated Universal Time)` : label,
      aliases: aliases.join(" "),
    });
    groups.set(area, list);
  }
  return [...groups].map(([label, list]) => ({ label, zones: list }));
}
