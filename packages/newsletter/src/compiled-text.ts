import type { SlotName } from "./template-data.js";

/**
 * Rendered output cut at its per-subscriber slots: `chunks[0] slot[0] chunks[1] ...`, so a
 * fill is one pass of concatenation.
 */
export interface CompiledText {
  chunks: readonly string[];
  slots: readonly SlotName[];
}

/**
 * Cuts rendered output at the slot markers (`markers[name]` -> slot). Every slot must occur
 * at least once: a missing one means the template lost it, and the email would lack its
 * unsubscribe link.
 */
export function compiledText(rendered: string, markers: Record<SlotName, string>): CompiledText {
  const byMarker = new Map<string, SlotName>(
    Object.entries(markers).map(([name, marker]) => [marker, name as SlotName]),
  );
  const pattern = new RegExp([...byMarker.keys()].map(escapeRegExp).join("|"), "g");
  const chunks: string[] = [];
  const slots: SlotName[] = [];
  let last = 0;
  for (const match of rendered.matchAll(pattern)) {
    chunks.push(rendered.slice(last, match.index));
    slots.push(byMarker.get(match[0]) as SlotName);
    last = match.index + match[0].length;
  }
  chunks.push(rendered.slice(last));
  for (const name of byMarker.values()) {
    if (!slots.includes(name)) throw new Error(`the rendered template lost its ${name} slot`);
  }
  return { chunks, slots };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
