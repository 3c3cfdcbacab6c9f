import { UserError } from "@newsdesk/config";
/** The public address links point to is not an absolute http(s) URL. */
export class InvalidPublicUrlError extends UserError {
  override name = "InvalidPublicUrlError";
  constructor(value: string) {
    super(
      `PUBLIC_URL ${JSON.stringify(value)} is not an absolute http(s) address: set it to where the web app is reachable, e.g. https://news.example.org`,
    );
  }
}

/** A per-subscriber link is not an absolute http(s) URL (links in email must be). */
export class InvalidLinkError extends UserError {
  override name = "InvalidLinkError";
  constructor(field: string, value: string) {
    super(
      `${field} ${JSON.stringify(value)} is not an absolute http(s) address: build it from PUBLIC_URL`,
    );
  }
}

/** MJML found problems in a rendered template: a bug in the templates, not in the articles. */
export class TemplateValidationError extends Error {
  override name = "TemplateValidationError";
  constructor(readonly problems: readonly string[]) {
    super(
      `the newsletter templates do not render to valid MJML (${problems.length} problem(s)): ${problems.slice(0, 3).join("; ")}. Fix packages/newsletter/templates`,
    );
  }
}

/** The thread building an edition failed: the build did not happen; it can be tried again. */
export class EditionThreadError extends Error {
  override name = "EditionThreadError";
  constructor(cause: unknown) {
    super(
      `the edition could not be built in its thread (${cause instanceof Error ? cause.message : String(cause)}): try the build again, and report it if it keeps failing`,
      { cause },
    );
  }
}
