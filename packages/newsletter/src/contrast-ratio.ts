/** WCAG 2 contrast ratio of two `#rrggbb` colours, 1..21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG 2 relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white). */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
}

/**
 * The colour darkened step by step (each channel scaled down by 5%) until it reads at least
 * `ratio` against `background`: what to suggest for an accent that is too light.
 */
export function darkenUntil(hex: string, background: string, ratio: number): string {
  let channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  let colour = hex.toLowerCase();
  for (let step = 0; step < 100 && contrastRatio(colour, background) < ratio; step++) {
    channels = channels.map((c) => Math.floor(c * 0.95));
    colour = `#${channels.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
  }
  return colour;
}
