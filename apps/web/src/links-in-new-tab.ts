const BASE = '<base target="_blank">';

/**
 * An email's HTML with `<base target="_blank">` first in its head, so every link opens in a
 * new tab, out of the app's sandboxed frame (`allow-popups-to-escape-sandbox`): a confirm
 * link followed from the outbox gets a whole, working page, not one squeezed into the frame
 * with its form blocked. Without a head, one is made; the email is otherwise left as it is.
 */
export function linksInNewTab(html: string): string {
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (head) return insertAt(html, head.index + head[0].length, BASE);
  const root = /<html(?:\s[^>]*)?>/i.exec(html);
  if (root) return insertAt(html, root.index + root[0].length, `<head>${BASE}</head>`);
  return `${BASE}${html}`;
}

function insertAt(text: string, index: number, insert: string): string {
  return `${text.slice(0, index)}${insert}${text.slice(index)}`;
}
