// One WCAG 2 contrast computation for the project: branding, the email's dark-mode test and the
// web's browser tests all call this. Our own ten lines rather than a colour library: colorjs.io
// (17 MB installed) costs about 65 ms of CPU to import, half again the newsletter's own import,
// and the CLI loads the newsletter at start-up.

/** A colour this module reads: `#rgb`, `#rrggbb`, or `rgb()`/`rgba()` as a browser computes it. */
export class UnreadableColourError extends Error {
  constructor(colour: string, why: string) {
    super(`cannot read "${colour}" as a colour (${why}): write #rrggbb or rgb(r, g, b).`);
    this.name = "UnreadableColourError";
  }
}

/**
 * WCAG 2 contrast ratio of two opaque colours, 1 to 21. Takes `#rgb`, `#rrggbb` and the
 * `rgb(r, g, b)` / `rgba(r, g, b, 1)` strings `getComputedStyle` returns.
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
function luminance(colour: string): number {
  const [r, g, b] = toChannels(colour).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The 0..255 red, green and blue of `colour`. */
function toChannels(colour: string): [number, number, number] {
  const value = colour.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)?.[1];
  if (hex) {
    const long = hex.length === 3 ? [...hex].map((d) => d + d).join("") : hex;
    return [0, 2, 4].map((at) => Number.parseInt(long.slice(at, at + 2), 16)) as [
      number,
      number,
      number,
    ];
  }
  const functional = /^rgba?\(([^)]*)\)$/.exec(value)?.[1];
  if (!functional) throw new UnreadableColourError(colour, "neither hex nor rgb()");
  const parts = functional.split(/[\s,/]+/).filter((p) => p !== "");
  const [r, g, b, alpha] = parts.map(Number);
  if (parts.length < 3 || parts.length > 4 || [r, g, b].some((c) => !Number.isFinite(c))) {
    throw new UnreadableColourError(colour, "rgb() needs three numbers");
  }
  // A see-through colour's contrast depends on what is behind it, which this cannot know.
  if (alpha !== undefined && alpha !== 1) {
    throw new UnreadableColourError(colour, "it is not opaque");
  }
  return [r, g, b] as [number, number, number];
}

/**
 * The colour darkened step by step (each channel scaled down by 5%) until it reads at least
 * `ratio` against `background`: what to suggest for an accent that is too light.
 */
export function darkenUntil(hex: string, background: string, ratio: number): string {
  let channels: number[] = toChannels(hex);
  let colour = hex.toLowerCase();
  for (let step = 0; step < 100 && contrastRatio(colour, background) < ratio; step++) {
    channels = channels.map((c) => Math.floor(c * 0.95));
    colour = `#${channels.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
  }
  return colour;
}
