/**
 * Products and stances: names that are no person, organisation or place. Well-known software, devices and online
 * services by name ("Firefox", "PlayStation VR", "Windows XP", "Google Analytics"), and a name glued to a stance
 * prefix ("pro-Beijing", "anti-Pyongyang"), an adjective about a side rather than a mention of the place. A
 * gazetteer of general classes written for News Lens; the company behind a product ("Microsoft", "Sony") is left
 * to the other rules.
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
]);

// A product with its version or model: "IE9", "IE 6", "Windows 10", "iOS 7", "iPhone 4S", "PS4", "Xbox 360".
const VERSIONED = /^(?:IE|Internet Explorer|Windows|iOS|Android|iPhone|iPad|PS|PlayStation|Xbox|Firefox|Safari|Chrome|Galaxy S|Kindle) ?\d{1,4}[A-Za-z]{0,2}$/;

/** Whether `surface`, the exact text of a mention, names a well-known product (`PRODUCTS`) or one with its version. */
export const isProductName = (surface: string): boolean => PRODUCTS.has(surface) || VERSIONED.test(surface);

// A prefix that makes a name an adjective about a side: "pro-Beijing camp", "anti-Pyongyang propaganda", "pro-Russian".
const STANCE = /(?:^|[^\p{L}])(?:pro|anti|Pro|Anti|PRO|ANTI)[-‐‑]$/u;

/**
 * Whether the mention at `[start, end)` is a stance: glued to a stance prefix ("pro-Beijing", "Anti-American"), or
 * taking the prefix in as one word ("Pro-Beijing"; not "Anti-Corruption Commission", a body).
 */
export const isStance = (text: string, start: number, end: number): boolean =>
  STANCE.test(text.slice(Math.max(0, start - 6), start)) || /^(?:pro|anti)-\p{Lu}[\p{L}.]*$/iu.test(text.slice(start, end));
