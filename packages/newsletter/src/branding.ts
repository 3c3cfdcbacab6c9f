import { contrastRatio, darkenUntil } from "./contrast-ratio.js";

/**
 * How the newsletter presents itself, set on the desk (no code): its name (masthead, subject,
 * footer, List-Id label, the confirmation email, the site), the From name, the accent colour
 * (masthead and section headings), a logo above the name and a line under the greeting.
 */
export interface Branding {
  name: string;
  /** The From header's display name; null keeps `MAIL_FROM`'s own. */
  senderName: string | null;
  /** `#rrggbb`, reading at least `MIN_CONTRAST` against white (see `validateBranding`). */
  accentColour: string;
  /** An https image shown in the masthead, or none. */
  logoUrl: string | null;
  /** A line of the editor's under the greeting of every digest, or none. */
  introLine: string | null;
}

/** Today's look: an install that never set its branding sends what it always sent. */
export const DEFAULT_BRANDING: Readonly<Branding> = Object.freeze({
  name: "Newsdesk",
  senderName: null,
  accentColour: "#0b3d91",
  logoUrl: null,
  introLine: null,
});

/** The accent carries white text (masthead) and sits on the white panel (section headings). */
export const MIN_CONTRAST = 4.5;
const ACCENT_BACKGROUND = "#ffffff";

export const BRANDING_LIMITS = Object.freeze({
  name: 40,
  senderName: 60,
  logoUrl: 500,
  introLine: 200,
});

/** What an editor typed into the branding form; absent or blank fields take their default. */
export interface BrandingInput {
  name?: string | undefined;
  senderName?: string | undefined;
  accentColour?: string | undefined;
  logoUrl?: string | undefined;
  introLine?: string | undefined;
}

export type BrandingField = keyof BrandingInput;

export type BrandingCheck =
  | { ok: true; branding: Branding }
  | { ok: false; problems: { field: BrandingField; message: string }[] };

/**
 * Checks what an editor typed: lengths bounded, no control characters, the accent a hex
 * colour that white text reads on at 4.5:1 or more (the failure names a darker one that
 * does), the logo an https URL. Blank fields take today's defaults.
 */
export function validateBranding(input: BrandingInput): BrandingCheck {
  const problems: { field: BrandingField; message: string }[] = [];
  const text = (field: "name" | "senderName" | "introLine", label: string) => {
    const raw = input[field] ?? "";
    const value = raw.replace(/\s+/g, " ").trim();
    if (value === "") return null;
    if (/\p{Cc}/u.test(raw.replace(/[\t\n\r]/g, ""))) {
      problems.push({ field, message: `${label} has control characters: type plain text.` });
    }
    const max = BRANDING_LIMITS[field];
    if (value.length > max) {
      problems.push({
        field,
        message: `${label} is ${value.length} characters: keep it to ${max} or fewer.`,
      });
    }
    return value;
  };
  const name = text("name", "The newsletter's name");
  const senderName = text("senderName", "The sender name");
  const introLine = text("introLine", "The intro line");
  const accentColour = checkAccent(input.accentColour, problems);
  const logoUrl = checkLogoUrl(input.logoUrl, problems);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    branding: {
      name: name ?? DEFAULT_BRANDING.name,
      senderName,
      accentColour,
      logoUrl,
      introLine,
    },
  };
}

/**
 * Stored branding read back leniently: a field that no longer passes (or is missing) takes its
 * default, so a bad row never stops an email from going out.
 */
export function brandingFromStored(value: unknown): Branding {
  if (!value || typeof value !== "object") return { ...DEFAULT_BRANDING };
  const stored = value as Record<string, unknown>;
  const field = (key: BrandingField): string | undefined =>
    typeof stored[key] === "string" ? (stored[key] as string) : undefined;
  const branding = { ...DEFAULT_BRANDING };
  for (const key of ["name", "senderName", "accentColour", "logoUrl", "introLine"] as const) {
    const checked = validateBranding({ [key]: field(key) });
    if (checked.ok) Object.assign(branding, { [key]: checked.branding[key] });
  }
  return branding;
}

function checkAccent(
  typed: string | undefined,
  problems: { field: BrandingField; message: string }[],
): string {
  const value = (typed ?? "").trim().toLowerCase();
  if (value === "") return DEFAULT_BRANDING.accentColour;
  const short = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(value);
  const hex = short
    ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`
    : /^#?[0-9a-f]{6}$/.test(value)
      ? `#${value.replace(/^#/, "")}`
      : null;
  if (!hex) {
    problems.push({
      field: "accentColour",
      message: `"${typed?.trim().slice(0, 20)}" is not a hex colour: write it as #rrggbb, e.g. ${DEFAULT_BRANDING.accentColour}.`,
    });
    return DEFAULT_BRANDING.accentColour;
  }
  const ratio = contrastRatio(hex, ACCENT_BACKGROUND);
  if (ratio < MIN_CONTRAST) {
    const darker = darkenUntil(hex, ACCENT_BACKGROUND, MIN_CONTRAST);
    problems.push({
      field: "accentColour",
      message: `${hex} reads ${ratio.toFixed(2)}:1 against white: the masthead's white text and the section headings on the white panel need ${MIN_CONTRAST}:1. Choose a darker colour, such as ${darker} (${contrastRatio(darker, ACCENT_BACKGROUND).toFixed(2)}:1).`,
    });
  }
  return hex;
}

function checkLogoUrl(
  typed: string | undefined,
  problems: { field: BrandingField; message: string }[],
): string | null {
  const value = (typed ?? "").trim();
  if (value === "") return null;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (url?.protocol !== "https:" || !url.hostname || /[\s"'<>]/.test(value)) {
    problems.push({
      field: "logoUrl",
      message:
        "The logo's address must be a full https:// URL (mail clients block plain http images): e.g. https://news.example.org/logo.png.",
    });
    return null;
  }
  if (value.length > BRANDING_LIMITS.logoUrl) {
    problems.push({
      field: "logoUrl",
      message: `The logo's address is ${value.length} characters: keep it to ${BRANDING_LIMITS.logoUrl} or fewer.`,
    });
  }
  return value;
}
