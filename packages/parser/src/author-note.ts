/**
 * "Jo Doe is a senior editor at ...", "Jo Doe is the author of ...": how the note that closes a
 * column opens, naming its author (one to three capitalized words) and what they are.
 */
export const AUTHOR_NOTE_OPENING =
  /^(?:\p{Lu}[\p{L}'’.-]*\s){1,3}(?:is|was|writes|has been|serves as)\s(?:an?|the|also|currently|senior|director|professor|author|editor|co-?founder|president)\b/u;

/** A writer's or scholar's occupation, which the tighter reading of a note asks it to name. */
export const AUTHOR_OCCUPATION =
  /\b(?:editor|writer|columnist|contributor|correspondent|reporter|author of|fellow|director|professor|analyst)\b/iu;

const AUTHOR_NOTE_WORDS = 60;

/** The paragraph is an author's note: a name, "is a ...", what they do; 60 words or fewer. */
export function isAuthorNote(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 65 || first > 90) return false;
  if (!AUTHOR_NOTE_OPENING.test(text)) return false;
  let words = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) words++;
  return words <= AUTHOR_NOTE_WORDS && AUTHOR_OCCUPATION.test(text);
}
