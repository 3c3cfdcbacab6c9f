import { beatName } from "@newsdesk/newsletter";
import { canonicalTimeZone } from "./canonical-time-zone.js";
import {
  BEAT_CHOICES,
  type Choice,
  FREQUENCY_CHOICES,
  KNOWN_BEATS,
  REGION_CHOICES,
  TIME_ZONE_GROUPS,
} from "./subscription-options.js";

/** A choice as a template shows it: checked (or selected) or not. */
export interface ChoiceView extends Choice {
  checked: boolean;
}

/** What the choices partial (`partials/subscription-choices.hbs`) renders. */
export interface ChoicesView {
  regions: ChoiceView[];
  beats: ChoiceView[];
  frequencies: ChoiceView[];
  timeZoneGroups: { label: string; zones: (ChoiceView & { aliases: string })[] }[];
}

/** Loosely what a form sent or a subscriber holds: anything unknown is simply not shown. */
export interface SelectedChoices {
  regions?: readonly unknown[] | unknown;
  beats?: readonly unknown[] | unknown;
  frequency?: unknown;
  timezone?: unknown;
}

/**
 * The form's checkboxes and selects with `selected` ticked: the defaults for a new reader, what
 * they sent when the form comes back with a problem, or a subscriber's current choices. A
 * sub-beat a subscriber holds (set from the CLI) is listed too, so saving keeps it.
 */
export function choicesView(selected: SelectedChoices = {}): ChoicesView {
  const regions = asSet(selected.regions);
  const beats = asSet(selected.beats);
  const frequency = selected.frequency === "weekly" ? "weekly" : "daily";
  // A subscriber saved under an old name (Asia/Calcutta) finds it selected under its new one.
  const timezone =
    typeof selected.timezone === "string" ? canonicalTimeZone(selected.timezone) : "UTC";
  const extraBeats = [...beats]
    .filter((id) => KNOWN_BEATS.has(id) && !BEAT_CHOICES.some((beat) => beat.id === id))
    .map((id) => ({ id, label: beatName(id) }));
  return {
    regions: REGION_CHOICES.map((choice) => ({ ...choice, checked: regions.has(choice.id) })),
    beats: [...BEAT_CHOICES, ...extraBeats].map((choice) => ({
      ...choice,
      checked: beats.has(choice.id),
    })),
    frequencies: FREQUENCY_CHOICES.map((choice) => ({
      ...choice,
      checked: choice.id === frequency,
    })),
    timeZoneGroups: TIME_ZONE_GROUPS.map((group) => ({
      label: group.label,
      zones: group.zones.map((zone) => ({ ...zone, checked: zone.id === timezone })),
    })),
  };
}

/** Choices in words for a summary: `Europe, Africa` or `every desk`. */
export function describeChoices(choices: {
  regions: readonly string[];
  beats: readonly string[];
  frequency: string;
  timezone: string;
}): { regions: string; beats: string; frequency: string; timezone: string } {
  const regionLabels = choices.regions.map(
    (id) => REGION_CHOICES.find((choice) => choice.id === id)?.label ?? id,
  );
  const beatLabels = choices.beats.map(
    (id) => BEAT_CHOICES.find((choice) => choice.id === id)?.label ?? beatName(id),
  );
  return {
    regions: regionLabels.length > 0 ? regionLabels.join(", ") : "Every desk",
    beats: beatLabels.length > 0 ? beatLabels.join(", ") : "Every beat",
    frequency: choices.frequency === "weekly" ? "Weekly, once a week" : "Daily, every morning",
    timezone: choices.timezone.replace(/_/g, " "),
  };
}

function asSet(value: unknown): Set<string> {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return new Set(list.filter((item): item is string => typeof item === "string"));
}
