/**
 * Whether a paragraph speaks in its writer's own voice: a first-person word ("I", "we", "my",
 * "our", ...) outside quotation marks. A column or a first-person essay keeps that voice from
 * paragraph to paragraph, through its turns of subject, where a news story, and so most next
 * articles, speak in the third person; inside quotation marks the voice is a speaker's, not the
 * writer's. "us" and "me" count only in lower case ("US" is a country). The second person is
 * left out: service pieces and ledes address "you" as often as later paragraphs do (on the
 * training outlets' gaps it told starts from the rest less than the first person alone).
 */
export function speaksInOwnVoice(text: string): boolean {
  let quoted = false;
  let wordStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (letter) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart >= 0) {
      // A word ends here; an apostrophe joins "I'm" to its "I", which is all that is read.
      if (!quoted && OWN_VOICE.has(text.slice(wordStart, i))) return true;
      wordStart = -1;
    }
    // A straight quotation mark opens or closes; curly ones say which.
    if (c === 34) quoted = !quoted;
    else if (c === 0x201c) quoted = true;
    else if (c === 0x201d) quoted = false;
  }
  return false;
}

const OWN_VOICE = new Set("I me my mine myself we We us our Our ours ourselves My Mine".split(" "));
