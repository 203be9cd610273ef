/**
 * Names are text, never markup: a name the article or a corrections file supplies ("$(alert) Ltd",
 * "[x](command:...)") is escaped wherever VS Code would render it, so it shows as written and runs nothing.
 */

/** `text` for a label that renders `$(name)` as an icon (quick-pick labels, descriptions and details). */
export function iconSafe(text: string): string {
  // VS Code's own escape: a backslash before the icon syntax shows it as written
  return text.replace(/\$\([a-z0-9-]+(?:~[a-z0-9-]*)?\)/gi, icon => `\\${icon}`);
}
