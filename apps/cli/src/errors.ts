/** A command option the user can fix; the message says how. */
export class OptionError extends Error {
  override name = "OptionError";
}

/** Nothing to show for what was asked; the message says what would give something. */
export class NothingToShowError extends Error {
  override name = "NothingToShowError";
}
