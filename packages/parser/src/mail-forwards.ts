import { isForwardMark, isMailHeader } from "./page-debris.js";
import type { ParagraphFeatures } from "./text-features.js";

// A forwarder's note is a line or three ("FYI, see below."), never a story.
const MAX_NOTE_PARAGRAPHS = 3;
const MAX_NOTE_WORDS = 40;

/**
 * A forwarded email pasted whole: the note its sender wrote above the message it forwards
 * ("Thought you'd want to see this.") stands between the outer email's header, or the top of
 * the dump, and the forward mark. It is the email's, not a story's: it becomes furniture
 * (`boilerplate`), as the header lines and the mark already are (page-debris.ts).
 */
export function markForwardNotes(texts: readonly string[], features: ParagraphFeatures[]): void {
  for (let i = 0; i < texts.length; i++) {
    if (!isForwardMark(texts[i] as string)) continue;
    const note: number[] = [];
    let k = i - 1;
    for (; k >= 0; k--) {
      const f = features[k] as ParagraphFeatures;
      if (f.kind === "boilerplate" || f.kind === "separator") {
        if (isMailHeader(texts[k] as string)) break;
        continue;
      }
      if (f.kind !== "text" || note.length === MAX_NOTE_PARAGRAPHS) break;
      if (f.words > MAX_NOTE_WORDS || (f.words < 0 && (texts[k] as string).length > 300)) break;
      note.push(k);
    }
    const openedByHeader = k < 0 || isMailHeader(texts[k] as string);
    if (!openedByHeader) continue;
    for (const n of note) (features[n] as ParagraphFeatures).kind = "boilerplate";
  }
}
