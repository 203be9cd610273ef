import { isGivenNameWord } from './listedGivenNames';
import type { Paragraph } from '../model';
import { spansByPart, type ParagraphMemo } from '../pipeline/paragraphMemo';
import { forLastText } from '../text/lastText';
import { isGroundHead } from './grounds';
import { ORG_HEADS, PLACE_HEADS } from './lexicons';

/**
 * Products and stances: names that are no person, organisation or place. Well-known software, devices and online
 * services by name ("Firefox", "PlayStation VR", "Windows XP", "Google Analytics"), and a name glued to a stance
 * prefix ("pro-Beijing", "anti-Pyongyang"), an adjective about a side rather than a mention of the place. A
 * gazetteer of general classes written for News Lens; the company behind a product ("Microsoft", "Sony") is left
 * to the other rules. Also a maker's model ("Audi RS6", "Rolex Daytona") and a measure ("193km/h").
 */

// Products known by name: browsers, operating systems, devices and consoles, applications and web services. Only
// names that are not also a company's or a place's ("Opera", "Edge", "Word", "Office" are left out).
const PRODUCTS: ReadonlySet<string> = new Set([
  // browsers
  'Firefox', 'Mozilla Firefox', 'Chrome', 'Google Chrome', 'Chromium', 'Safari', 'Internet Explorer', 'IE', 'Microsoft Edge',
  'Netscape Navigator',
  // operating systems
  'Windows', 'Microsoft Windows', 'Windows XP', 'Windows Vista', 'Windows NT', 'Windows Phone', 'Mac OS', 'Mac OS X', 'macOS', 'OS X',
  'iOS', 'iPadOS', 'Android', 'Linux', 'Ubuntu', 'Chrome OS', 'ChromeOS', 'Symbian', 'BlackBerry OS',
  // devices and consoles
  'iPhone', 'iPhones', 'iPad', 'iPads', 'iPod', 'iPods', 'iMac', 'MacBook', 'MacBook Air', 'MacBook Pro', 'Apple Watch',
  'Kindle', 'Kindles', 'Kindle Fire', 'Galaxy Tab', 'PlayStation', 'PlayStation VR', 'PlayStation Portable', 'PSP',
  'Xbox', 'Xbox One', 'Xbox Live', 'Wii', 'Wii U', 'Nintendo DS', 'Nintendo Switch', 'Game Boy', 'GameCube', 'Walkman',
  'Oculus Rift', 'Oculus Quest', 'HoloLens', 'Google Glass', 'Fitbit', 'Segway', 'Roomba',
  // applications and web services
  'iTunes', 'iCloud', 'Cortana', 'ChatGPT', 'Gmail', 'Hotmail', 'Google Maps', 'Google Earth',
  'Google Analytics', 'Google Docs', 'Google Drive', 'Google Search', 'Street View', 'AdSense', 'AdWords',
  'MediaWiki', 'Mediawiki', 'WordPress', 'Photoshop', 'PowerPoint', 'Microsoft Word', 'Microsoft Excel',
  'Microsoft Office', 'Acrobat', 'Flash Player', 'Adobe Flash', 'JavaScript', 'Bitcoin', 'Ethereum',
  'Instagram Stories', 'WhatsApp Web', 'Minecraft', 'Fortnite', 'Tetris', 'Pokemon Go', 'Pokémon Go',
  // voice assistants and app stores ("upgrades to Siri"; "Alexa", a given name too, is left out)
  'Siri', 'App Store', 'Play Store', 'Google Play', 'Apple Pay', 'Google Pay', 'Apple Music',
]);

// A product with its version or model: "IE9", "IE 6", "Windows 10", "iOS 7", "iPhone 4S", "PS4", "Xbox 360".
const VERSIONED = /^(?:IE|Internet Explorer|Windows|iOS|Android|iPhone|iPad|PS|PlayStation|Xbox|Firefox|Safari|Chrome|Galaxy S|Kindle) ?\d{1,4}[A-Za-z]{0,2}$/;

// The last word of a body named after its product: "PlayStation Studios", "Xbox Game Studios", "Kindle Direct Team".
const BODY_AFTER_PRODUCT = new Set(['Studios', 'Studio', 'Entertainment', 'Inc', 'Ltd', 'Corp', 'Group', 'Division', 'Team', 'Foundation', 'Games']);

/** Whether `surface` is a product's name with one or two capitalised words after it: "PlayStation Network", "Xbox Game Pass". */
function isProductLine(surface: string): boolean {
  const words = surface.split(' ');
  const last = words[words.length - 1];
  // "Safari Park", "Chrome Hill": an ordinary word's place
  if (words.length < 2 || words.length > 4 || BODY_AFTER_PRODUCT.has(last) || PLACE_HEADS.has(last.toLowerCase()) || /^(?:Safari|Chrome)$/.test(words[0])) return false;
  return [1, 2].some(k => words.length - k >= 1 && words.length - k <= 2 && PRODUCTS.has(words.slice(0, k).join(' '))
    && words.slice(k).every(w => /^\p{Lu}\p{L}*$/u.test(w)));
}

/**
 * Whether `surface`, the exact text of a mention, names a well-known product (`PRODUCTS`), one with its version, or a
 * service named after one ("PlayStation Network").
 */
export const isProductName = (surface: string): boolean => PRODUCTS.has(surface) || VERSIONED.test(surface) || isProductLine(surface);

// A prefix that makes a name an adjective about a side: "pro-Beijing camp", "anti-Pyongyang propaganda", "pro-Russian".
const STANCE = /(?:^|[^\p{L}])(?:pro|anti|Pro|Anti|PRO|ANTI)[-‐‑]$/u;

/**
 * Whether the mention at `[start, end)` is a stance: glued to a stance prefix ("pro-Beijing", "Anti-American"), or
 * taking the prefix in as one word ("Pro-Beijing"; not "Anti-Corruption Commission", a body).
 */
export const isStance = (text: string, start: number, end: number): boolean =>
  STANCE.test(text.slice(Math.max(0, start - 6), start)) || /^(?:pro|anti)-\p{Lu}[\p{L}.]*$/iu.test(text.slice(start, end));

// Makers whose name, written before a model's, makes that a product: cars, watches, phones, aircraft and fashion
// ("a stolen Audi RS6", "a Patek Philippe Nautilus", "several Rolex Daytona ... models", "a Range Rover Sport").
// Makers whose name is a common surname or word ("Ford", "Mini", "Seat", "Omega", "Tudor") are left out.
const MAKERS = ['Audi', 'BMW', 'Mercedes', 'Mercedes-Benz', 'Porsche', 'Ferrari', 'Lamborghini', 'Bentley', 'Maserati',
  'Land Rover', 'Range Rover', 'Aston Martin', 'Tesla', 'Toyota', 'Honda', 'Nissan', 'Volkswagen', 'VW', 'Vauxhall',
  'Kia', 'Hyundai', 'Peugeot', 'Renault', 'Fiat', 'Volvo', 'Skoda', 'Lexus', 'Mazda', 'Subaru', 'Citroen', 'Citroën',
  'Rolex', 'Patek Philippe', 'Audemars Piguet', 'Cartier', 'Breitling', 'Tag Heuer', 'TAG Heuer', 'Hublot', 'IWC',
  'Longines', 'Samsung Galaxy', 'Google Pixel', 'Boeing', 'Airbus', 'Embraer', 'Harley-Davidson', 'Ducati', 'Yamaha',
  'Kawasaki', 'Louis Vuitton', 'Gucci', 'Prada', 'Hermes', 'Hermès'];
// The model's words after a maker's name: "RS6", "Nautilus", "Range Rover Sport", "737 Max".
const MODEL_AFTER = /^ ((?:\p{Lu}[\p{L}\p{N}-]*|\p{N}[\p{L}\p{N}-]*)(?: \p{Lu}[\p{L}\p{N}-]*)?)/u;
// Words after a maker's name that make it the maker's own name, not a model: "Toyota Motor", "Airbus Group", "BMW UK".
const MAKER_NAME_AFTER = /^(?:Motors?|Group|Cars?|Holdings|Corp|Corporation|Company|Co|Inc|Ltd|Plc|SA|SE|AG|UK|USA|Europe|International|Industries|Financial|Automotive|Defence|Defense|Commercial|Foundation|F1|Racing)\b/u;

/** A model's words `[start, end)` and where its maker's name starts (`maker`). */
export interface ModelSpan {
  readonly start: number;
  readonly end: number;
  readonly maker: number;
}

/**
 * The spans of `text` that name a maker's model after the maker ("Audi RS6", "Patek Philippe Nautilus", "Rolex
 * Daytona"): the model's words only, `[start, end)`, in text order, each with where its maker's name starts (`maker`). A name that overlaps one is a product, no
 * person, organisation or place. Not the maker's own longer name ("Toyota Motor", "Airbus Group").
 */
function readModelSpans(text: string): ModelSpan[] {
  const out: ModelSpan[] = [];
  for (const maker of MAKERS) {
    for (let at = text.indexOf(maker); at >= 0; at = text.indexOf(maker, at + 1)) {
      if (/[\p{L}\p{N}-]/u.test(text[at - 1] ?? '')) continue;
      const model = MODEL_AFTER.exec(text.slice(at + maker.length, at + maker.length + 60));
      if (!model) continue;
      // "the Kia Oval": a ground or a body named after its sponsor
      const isNamed = model[1].split(' ').some(w => ORG_HEADS.has(w.toLowerCase()) || PLACE_HEADS.has(w.toLowerCase()) || isGroundHead(w.toLowerCase()));
      // ("Mercedes George Russell", "Ferrari's Charles Leclerc": a team's driver by a given name, no model)
      if (isNamed || MAKER_NAME_AFTER.test(model[1]) || MAKERS.some(b => model[1].startsWith(b)) || (model[1].includes(' ') && isGivenNameWord(model[1].split(' ')[0]))) continue;
      const start = at + maker.length + 1;
      out.push({ start, end: start + model[1].length, maker: at });
    }
  }
  // "one Ford Focus", "a Mini Cooper": a maker named like a surname or a word, before one of its models by name
  for (const [maker, models] of SURNAME_MAKERS) {
    for (let at = text.indexOf(maker + ' '); at >= 0; at = text.indexOf(maker + ' ', at + 1)) {
      if (/[\p{L}\p{N}-]/u.test(text[at - 1] ?? '')) continue;
      const start = at + maker.length + 1;
      const word = /^[\p{L}\p{N}-]+/u.exec(text.slice(start, start + 20))?.[0];
      if (word !== undefined && models.has(word)) out.push({ start, end: start + word.length, maker: at });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

// Makers whose name is also a surname or a word, with the models named after them in news: "Ford Focus", "Seat Ibiza".
const SURNAME_MAKERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Ford', new Set(['Focus', 'Fiesta', 'Transit', 'Mustang', 'Ranger', 'Puma', 'Kuga', 'Mondeo', 'Escort', 'Bronco', 'Explorer', 'F-150', 'Galaxy', 'Capri'])],
  ['Mini', new Set(['Cooper', 'Countryman', 'Clubman'])],
  ['Seat', new Set(['Ibiza', 'Leon', 'Ateca', 'Arona'])],
  ['Dacia', new Set(['Sandero', 'Duster', 'Jogger'])],
]);

/** `readModelSpans`, one scan per text for the passes that ask. */
const modelSpansOfText = forLastText(readModelSpans);

/** A model's span found in a part of the text, at `by` its place in the text. */
const movedModel = (r: ModelSpan, by: number): ModelSpan => ({ start: r.start + by, end: r.end + by, maker: r.maker + by });

/**
 * `readModelSpans(text)`; given the article's `paragraphs` and a `memo`, read paragraph by paragraph, each
 * paragraph's spans kept while its text stays (a maker's name and its model's words stand on one line), so that an
 * edit reads only the edited paragraphs. The same spans in the same order either way.
 */
export function modelSpans(text: string, paragraphs?: readonly Paragraph[], memo?: ParagraphMemo): readonly ModelSpan[] {
  return paragraphs && memo ? spansByPart(readModelSpans, text, paragraphs, memo, movedModel) : modelSpansOfText(text);
}

// A model's code: capitals and digits together ("RS6", "X5", "G63", "A320", "S24"; not "U21", a side's age group).
const MODEL_CODE = /^(?=[\p{Lu}\d-]*\d)(?=[\p{Lu}\d-]*\p{Lu})[\p{Lu}\d-]{2,6}[a-z]?$/u;

/** Whether the last word of a name of two words or more is a model's code ("Audi RS6", "Vantor X2"). */
export const endsInModelCode = (surface: string): boolean => {
  const words = surface.split(' ');
  return words.length >= 2 && MODEL_CODE.test(words[words.length - 1]) && !/^U\d{2}s?$/.test(words[words.length - 1]);
};

// A measure: a number glued to its unit ("193km/h", "120mph", "80mm", "1.5m", "3GW").
const MEASURE = /^\d+(?:[.,]\d+)?(?:km\/h|mph|kph|km|mm|cm|m|kg|mg|g|ml|kw|mw|gw|kwh|mwh|gwh|gb|mb|tb|hz|khz|mhz|ghz|ft|in|lb|lbs|oz|°c|°f|c|f|kt|kts|knots|ha|sq\s?m)$/i;

/** Whether `surface`, the exact text of a mention, is a measure: a number with its unit, never a name. */
export const isMeasure = (surface: string): boolean => MEASURE.test(surface);

// A product after its maker's possessive: "Microsoft's Copilot", "Google's Gemini", "OpenAI's ChatGPT".
const OWNED_ITEM = /\p{Lu}[\p{L}\p{N}.&-]*['’]s (\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*)?)/gu;
// Two or more of them in a list: "Microsoft's Copilot, Google's Gemini and OpenAI's ChatGPT".
const OWNED_LIST = /\p{Lu}[\p{L}\p{N}.&-]*['’]s (?:\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*)?)(?:(?:, |,? and |,? or )\p{Lu}[\p{L}\p{N}.&-]*['’]s (?:\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*)?))+/gu;

/**
 * The spans of `text` that name products listed beside a well-known one, each after its maker's possessive
 * ("Microsoft's Copilot, Google's Gemini and OpenAI's ChatGPT": "Copilot" and "Gemini" are products like
 * "ChatGPT"), the product's words only, in text order. Empty when none.
 */
export function listedProducts(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const list of text.matchAll(OWNED_LIST)) {
    const items = [...list[0].matchAll(OWNED_ITEM)];
    if (!items.some(i => isProductName(i[1]))) continue;
    for (const i of items) {
      const start = list.index + i.index + i[0].length - i[1].length;
      out.push({ start, end: start + i[1].length });
    }
  }
  return out;
}

