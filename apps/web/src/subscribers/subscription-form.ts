import { parseEmailAddress } from "@newsdesk/mail";
import type { SubscriberChoices } from "@newsdesk/store";
import { z } from "zod";
import { canonicalTimeZone } from "./canonical-time-zone.js";
import { isTimeZone, KNOWN_BEATS, KNOWN_REGIONS } from "./subscription-options.js";

/** What a reader must fix, per field, in words they can act on. */
export type FormProblems = Partial<Record<"email" | keyof SubscriberChoices | "action", string>>;

export type FormResult<T> = { ok: true; value: T } | { ok: false; problems: FormProblems };

/** What the subscribe form asks for. `trap` is the hidden field only bots fill in. */
export interface SubscribeForm {
  email: string;
  choices: SubscriberChoices;
  trap: boolean;
}

export type PreferencesAction =
  | { kind: "save"; choices: SubscriberChoices }
  | { kind: "pause" }
  | { kind: "resume" };

/** The honeypot field's name: a plausible one, so form-filling bots fill it. */
export const TRAP_FIELD = "website";

/** A form field that may come once (a string) or repeated (an array), as checkboxes do. */
const many = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : typeof value === "string" ? [value] : value));

const choicesShape = z.object({
  regions: many.pipe(
    z.array(z.string().refine((id) => KNOWN_REGIONS.has(id))).transform((ids) => [...new Set(ids)]),
  ),
  beats: many.pipe(
    z
      .array(z.string().refine((id) => KNOWN_BEATS.has(id)))
      .max(200)
      .transform((ids) => [...new Set(ids)]),
  ),
  frequency: z.enum(["daily", "weekly"]),
  // Stored under its current IANA name, whichever name the browser sent.
  timezone: z.string().refine(isTimeZone).transform(canonicalTimeZone),
});

const CHOICE_PROBLEMS: Required<Pick<FormProblems, keyof SubscriberChoices>> = {
  regions: "Choose regions from the list, or none to get every desk.",
  beats: "Choose beats from the list, or none to get every beat.",
  frequency: "Choose daily or weekly.",
  timezone: "Choose your time zone from the list.",
};

/** The regions, beats, frequency and time zone of a form; unknown ids are refused, not dropped. */
export function parseChoices(body: unknown): FormResult<SubscriberChoices> {
  const parsed = choicesShape.safeParse(body ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems: FormProblems = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof SubscriberChoices;
    if (field in CHOICE_PROBLEMS) problems[field] = CHOICE_PROBLEMS[field];
  }
  return { ok: false, problems };
}

/**
 * One bare address, strictly (see `parseEmailAddress`): no display name, no second address,
 * no line breaks (nothing that could become a mail header), at most 254 characters.
 */
export function parseEmailField(value: unknown): FormResult<string> {
  if (Array.isArray(value)) {
    return { ok: false, problems: { email: "Enter one email address, not several." } };
  }
  if (typeof value !== "string" || value.trim() === "") {
    return { ok: false, problems: { email: "Enter your email address." } };
  }
  if (value.length > 320) {
    return { ok: false, problems: { email: "That address is too long: 254 characters at most." } };
  }
  try {
    return { ok: true, value: parseEmailAddress(value) };
  } catch {
    return {
      ok: false,
      problems: {
        email: "Enter one address like ana@example.org: no name, no spaces, commas or line breaks.",
      },
    };
  }
}

/** The subscribe form: address and choices, every problem at once. */
export function parseSubscribeForm(body: unknown): FormResult<SubscribeForm> {
  const fields = (body ?? {}) as Record<string, unknown>;
  const email = parseEmailField(fields.email);
  const choices = parseChoices(fields);
  if (!email.ok || !choices.ok) {
    return {
      ok: false,
      problems: { ...(email.ok ? {} : email.problems), ...(choices.ok ? {} : choices.problems) },
    };
  }
  const trap = fields[TRAP_FIELD];
  return {
    ok: true,
    value: {
      email: email.value,
      choices: choices.value,
      trap: trap !== undefined && trap !== "",
    },
  };
}

/** The preferences form: `save` (with the choices), `pause` or `resume`, by the button pressed. */
export function parsePreferencesForm(body: unknown): FormResult<PreferencesAction> {
  const fields = (body ?? {}) as Record<string, unknown>;
  if (fields.action === "pause") return { ok: true, value: { kind: "pause" } };
  if (fields.action === "resume") return { ok: true, value: { kind: "resume" } };
  if (fields.action !== "save" && fields.action !== undefined) {
    return { ok: false, problems: { action: "Use one of the buttons on the page." } };
  }
  const choices = parseChoices(fields);
  return choices.ok ? { ok: true, value: { kind: "save", choices: choices.value } } : choices;
}
