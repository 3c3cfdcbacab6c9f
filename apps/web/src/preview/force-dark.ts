const DARK_QUERY = /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)/gi;

/**
 * The email as a reader in dark mode sees it, whatever the viewer's own setting: its
 * `@media (prefers-color-scheme: dark)` rules made unconditional. A frame cannot be told to
 * prefer dark without script, so the preview asks for this copy instead.
 */
export function forceDarkScheme(html: string): string {
  return html.replace(DARK_QUERY, "@media all");
}
