import { readFileSync } from "node:fs";
import Handlebars from "handlebars";

const TEMPLATES_DIR = new URL("../templates/", import.meta.url);
const PARTIALS = ["head", "header", "region-section", "article-card", "footer"] as const;

/** A compiled Handlebars template of this package, taking the view `templateData` builds. */
export type ViewTemplate = (view: object) => string;

/** The edition's templates: MJML (HTML-escaping) and plain text (no escaping). */
export interface EditionTemplates {
  mjml: ViewTemplate;
  text: ViewTemplate;
  /** A one-off email in the edition's style (`notice.mjml`): see `renderNotice`. */
  notice: ViewTemplate;
}

let loaded: EditionTemplates | undefined;

/**
 * Reads and compiles `templates/` once per process: `edition.mjml` with its partials
 * (`partials/*.mjml`), escaping every `{{value}}` (article text is untrusted),
 * `edition.txt` for the plain-text part, and `notice.mjml` (sharing the edition's head). Strict: a name missing from the view is an error.
 */
export function editionTemplates(): EditionTemplates {
  if (loaded) return loaded;
  const read = (path: string) => readFileSync(new URL(path, TEMPLATES_DIR), "utf8");
  const html = Handlebars.create();
  for (const name of PARTIALS) html.registerPartial(name, read(`partials/${name}.mjml`));
  const text = Handlebars.create();
  loaded = {
    mjml: html.compile(read("edition.mjml"), { strict: true }),
    text: text.compile(read("edition.txt"), { strict: true, noEscape: true }),
    notice: html.compile(read("notice.mjml"), { strict: true }),
  };
  return loaded;
}

/** Forgets the compiled templates, so the next render rereads `templates/` (development reload). */
export function clearEditionTemplates(): void {
  loaded = undefined;
}

/** Where the templates live, for watching them in development. */
export const TEMPLATES_PATH = TEMPLATES_DIR;
