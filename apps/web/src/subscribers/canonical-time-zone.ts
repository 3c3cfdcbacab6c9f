import { getAllTimezones } from "countries-and-timezones";

// Every zone name with what the IANA database now calls it (`aliasOf`): Node's ICU and most
// browsers still answer with CLDR's old names (Asia/Calcutta, Europe/Kiev, Asia/Saigon).
const ZONES = getAllTimezones({ deprecated: true });

/**
 * The IANA database's current name for a zone (`Asia/Kolkata` for `Asia/Calcutta`, `Europe/Kyiv`
 * for `Europe/Kiev`); any other name as it is. `UTC` stays `UTC`: it is no city's old name.
 */
export function canonicalTimeZone(zone: string): string {
  if (zone === "UTC") return zone;
  const known = Object.hasOwn(ZONES, zone) ? ZONES[zone as keyof typeof ZONES] : undefined;
  return known?.aliasOf ?? zone;
}

/**
 * The runtime's zones under their current names, each once, with the old names the runtime
 * (and so a browser's `Intl`) may still answer with: the subscribe form lists the first and
 * matches a detected zone against both.
 */
export function canonicalTimeZones(
  zones: readonly string[] = Intl.supportedValuesOf("timeZone"),
): { id: string; aliases: string[] }[] {
  const byName = new Map<string, string[]>();
  for (const zone of zones) {
    const id = canonicalTimeZone(zone);
    const aliases = byName.get(id) ?? [];
    if (zone !== id) aliases.push(zone);
    byName.set(id, aliases);
  }
  return [...byName].map(([id, aliases]) => ({ id, aliases }));
}
