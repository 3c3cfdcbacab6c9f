import { DEFAULT_BRANDING } from "./branding.js";
import type { Frequency } from "./types.js";

/**
 * The mailing list an edition goes out on, for its `List-Id` header: one per frequency, so a
 * reader's filters (and Gmail's) can tell the daily from the weekly, with a label mail
 * clients show, the newsletter's name first:
 * `{ listId: "daily.news.example.org", listName: "Newsdesk daily" }`.
 */
export function editionList(
  frequency: Frequency,
  mailDomain: string,
  name: string = DEFAULT_BRANDING.name,
): { listId: string; listName: string } {
  return { listId: `${frequency}.${mailDomain}`, listName: `${name} ${frequency}` };
}
