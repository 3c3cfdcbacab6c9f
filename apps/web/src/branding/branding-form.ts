import {
  BRANDING_LIMITS,
  type Branding,
  type BrandingField,
  type BrandingInput,
  DEFAULT_BRANDING,
} from "@newsdesk/newsletter";

const FIELDS: readonly BrandingField[] = [
  "name",
  "senderName",
  "accentColour",
  "logoUrl",
  "introLine",
];

/** The form's fields as typed (strings only: anything else counts as blank). */
export function brandingInput(body: unknown): BrandingInput {
  const form = (body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    FIELDS.map((field) => [field, typeof form[field] === "string" ? form[field] : undefined]),
  );
}

/**
 * What the branding page shows in each field: what was typed (after a refused save) or what is
 * stored, each field's problem, its limit and today's default as the placeholder.
 */
export function brandingFormView(
  values: Branding | BrandingInput,
  problems: readonly { field: BrandingField; message: string }[] = [],
) {
  const field = (name: BrandingField) => {
    const problem = problems.find((p) => p.field === name)?.message ?? null;
    return {
      value: (values[name] as string | null | undefined) ?? "",
      problem,
      invalid: problem !== null,
    };
  };
  return {
    name: { ...field("name"), max: BRANDING_LIMITS.name, placeholder: DEFAULT_BRANDING.name },
    senderName: { ...field("senderName"), max: BRANDING_LIMITS.senderName },
    accentColour: { ...field("accentColour"), placeholder: DEFAULT_BRANDING.accentColour },
    logoUrl: { ...field("logoUrl"), max: BRANDING_LIMITS.logoUrl },
    introLine: { ...field("introLine"), max: BRANDING_LIMITS.introLine },
  };
}

/** The fields a save changed, for the audit log (names only). */
export function changedFields(before: Branding, after: Branding): BrandingField[] {
  return FIELDS.filter((field) => before[field] !== after[field]);
}
