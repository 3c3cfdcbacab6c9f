/**
 * How a paragraph refers to people: whether its first sentence leans on a pronoun before it names
 * anyone (a story going on about someone met above) or names its own referents first (a lede),
 * and which pronouns a stretch of paragraphs uses (a new story often changes its cast's pronouns;
 * their profiles are compared by `cosineDistance`, function-word-style.ts).
 * Read by `pronoun-cues.ts` beside the decoder; crude on purpose (capitalised words stand for
 * names), as the tool only asks whether the cue separates starts from the gaps inside stories.
 */

/** The pronoun groups a profile counts, in this order. */
export const PRONOUN_GROUPS = ["he", "she", "they", "it", "i", "we", "you"] as const;

const GROUP_OF = new Map<string, number>();
for (const [i, words] of [
  "he him his himself",
  "she her hers herself",
  "they them their theirs themselves",
  "it its itself",
  "i me my mine myself",
  "we us our ours ourselves",
  "you your yours yourself",
].entries())
  for (const w of words.split(" ")) GROUP_OF.set(w, i);

// Pronouns that stand for people met before (the first person is the writer's or a speaker's).
const PERSON_GROUPS = new Set([0, 1, 2]);
// Capitalised words that name no one and nothing a story introduces.
const NOT_NAMES = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june " +
    "july august september october november december i mr mrs ms dr"
  ).split(" "),
);
// A determiner pointing back at something the reader has met ("this plan", "those talks").
const DEMONSTRATIVES = new Set(["this", "these", "those", "such"]);
// Words after a demonstrative that point at the calendar, not back ("this week").
const TIME_WORDS = new Set(
  "year years week weeks month months morning afternoon evening weekend season summer winter spring autumn fall time decade century".split(
    " ",
  ),
);

const SENTENCE_END =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Prof|No|Inc|Co|Corp|Ltd|[A-Z]))[.!?]["”’)]?\s+(?=["“‘]?\p{Lu})/u;
const TOKEN = /\p{L}+(?:['’]\p{L}+)*/gu;

/** The text up to the end of its first sentence (all of it when none ends). */
export function firstSentence(text: string): string {
  const end = SENTENCE_END.exec(text);
  return end === null ? text : text.slice(0, end.index + 1);
}

/** How a first sentence refers to people: by pronoun before any name, by name first, neither. */
export interface OpeningReference {
  /** Its first word is a pronoun of the third person (he, she, they, it and their forms). */
  opensOnPronoun: boolean;
  /** A pronoun for people (he, she, they and their forms) comes before any name. */
  pronounBeforeName: boolean;
  /** Such a pronoun, and no name at all. */
  pronounNoName: boolean;
  /** A name (a capitalised word past the first) before any pronoun for people. */
  nameFirst: boolean;
  /** Two capitalised words in a row (a full name) before any pronoun for people. */
  fullNameFirst: boolean;
  /** A demonstrative before a common noun that is not the calendar ("these talks"). */
  demonstrative: boolean;
  /** The group (PRONOUN_GROUPS' index) of the first pronoun for people before any name, or -1. */
  leadingGroup: number;
}

/** How the first sentence of `text` refers to people (see OpeningReference). */
export function openingReference(text: string): OpeningReference {
  const tokens = firstSentence(text).match(TOKEN) ?? [];
  const out: OpeningReference = {
    opensOnPronoun: false,
    pronounBeforeName: false,
    pronounNoName: false,
    nameFirst: false,
    fullNameFirst: false,
    demonstrative: false,
    leadingGroup: -1,
  };
  const first = tokens[0]?.toLowerCase();
  const firstGroup = first === undefined ? undefined : GROUP_OF.get(first);
  out.opensOnPronoun = firstGroup !== undefined && firstGroup <= 3;
  let named = false;
  let pronoun = false;
  let previousCapital = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const lower = token.toLowerCase();
    const group = GROUP_OF.get(lower);
    const capital = i > 0 && /^\p{Lu}/u.test(token) && !NOT_NAMES.has(lower) && group === undefined;
    if (group !== undefined && PERSON_GROUPS.has(group) && !pronoun) {
      pronoun = true;
      if (!named) {
        out.pronounBeforeName = true;
        out.leadingGroup = group;
      }
    }
    if (capital && !named) {
      named = true;
      if (!pronoun) out.nameFirst = true;
    }
    if (capital && previousCapital && !pronoun) out.fullNameFirst = true;
    previousCapital = capital;
    if (DEMONSTRATIVES.has(lower)) {
      const next = tokens[i + 1];
      if (next !== undefined && /^\p{Ll}/u.test(next) && !TIME_WORDS.has(next)) {
        if (GROUP_OF.get(next) === undefined) out.demonstrative = true;
      }
    }
  }
  out.pronounNoName = pronoun && !named;
  return out;
}

/** Each pronoun group's uses in `text` (PRONOUN_GROUPS' order), then its words in the last slot. */
export function pronounCounts(text: string): Float64Array {
  const out = new Float64Array(PRONOUN_GROUPS.length + 1);
  const tokens = text.match(TOKEN) ?? [];
  for (const token of tokens) {
    const group = GROUP_OF.get(token.toLowerCase());
    if (group !== undefined) out[group] = (out[group] as number) + 1;
  }
  out[PRONOUN_GROUPS.length] = tokens.length;
  return out;
}

/**
 * The dominant singular person of a profile: 0 (he) or 1 (she) where it has `least` uses or more
 * of that group and three in four of the two groups' uses are that group's, else -1.
 */
export function dominantGender(counts: Float64Array, least: number): number {
  const he = counts[0] as number;
  const she = counts[1] as number;
  if (he >= least && he >= 3 * she) return 0;
  if (she >= least && she >= 3 * he) return 1;
  return -1;
}
