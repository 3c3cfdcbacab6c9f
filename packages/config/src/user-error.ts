/**
 * An error the user can fix, as opposed to a bug: its message says what to do next. Every such
 * error in Newsdesk extends it; the CLI prints one as a single line and exits with 2, and
 * anything else with its stack and 1.
 */
export class UserError extends Error {
  override name = "UserError";
}
