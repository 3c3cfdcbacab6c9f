/**
 * Prints an error the way a user should see it: typed errors (whose messages already say what
 * to do next) as one line, anything unexpected with its stack. Returns the exit code.
 */
export function reportError(error: unknown, stderr: NodeJS.WritableStream): number {
  if (error instanceof Error && error.name !== "Error" && !(error instanceof TypeError)) {
    stderr.write(`newsdesk: ${error.message}\n`);
    return 2;
  }
  if (error instanceof Error && "code" in error && typeof error.code === "string") {
    stderr.write(`newsdesk: ${error.message}\n`);
    return 2;
  }
  stderr.write(`newsdesk: unexpected error\n${error instanceof Error ? error.stack : String(error)}\n`);
  return 1;
}
