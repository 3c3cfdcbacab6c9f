import { TemplateValidationError } from "./errors.js";

type Mjml2html = typeof import("mjml").default;
let mjml: Promise<Mjml2html> | undefined;

/** mjml takes ~0.5 s to load: loaded on the first render, once per process. */
function loadMjml(): Promise<Mjml2html> {
  mjml ??= import("mjml").then((module) => module.default);
  return mjml;
}

/**
 * Compiles MJML to email HTML: strict validation by default (TemplateValidationError on any
 * problem), minified, Outlook's conditional comments kept. The HTML is made ASCII (non-ASCII
 * as numeric character references), a flat one-byte string: filled copies of a two-byte
 * string cost ~50x more, and its length is its size in bytes.
 */
export async function compileMjml(
  source: string,
  options: { validationLevel?: "strict" | "soft" | undefined; minify?: boolean | undefined },
): Promise<{ html: string; warnings: string[] }> {
  const mjml2html = await loadMjml();
  let result: Awaited<ReturnType<Mjml2html>>;
  try {
    result = await mjml2html(source, {
      validationLevel: options.validationLevel ?? "strict",
      minify: options.minify ?? true,
      keepComments: true,
      fonts: {},
      // htmlnano cannot reach mjml's nested cssnano; the stylesheet is small and hand-written.
      minifyOptions: { minifyCss: false },
    });
  } catch (error) {
    const details = (error as { errors?: { formattedMessage: string }[] }).errors;
    if (details) throw new TemplateValidationError(details.map((e) => e.formattedMessage));
    throw error;
  }
  return {
    html: Buffer.from(asciiHtml(result.html)).toString(),
    warnings: result.errors.map((e) => e.formattedMessage),
  };
}

/** Replaces every non-ASCII character by its numeric character reference. */
export function asciiHtml(html: string): string {
  return html.replace(/[\u0080-\u{10ffff}]/gu, (char) => `&#${char.codePointAt(0)};`);
}
