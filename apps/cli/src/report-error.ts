import { UserError } from "@newsdesk/config";
import { CommanderError } from "commander";

/** Exit codes: 2 for input the user can fix, 1 for anything unexpected. */
export const EXIT_BAD_INPUT = 2;
export const EXIT_UNEXPECTED = 1;

/**
 * Prints an error the way a user should see it: a typed error (whose message says what to do
 * next) or a missing file as one line; anything unexpected with its stack, since it is a bug.
 * Returns the exit code.
 */
export function reportError(error: unknown, stderr: NodeJS.WritableStream): number {
  if (error instanceof CommanderError) return error.exitCode;
  // Every error a user can act on, as opposed to a bug, extends `UserError`.
  if (error instanceof UserError) {
    stderr.write(`newsdesk: ${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  if (isFileError(error)) {
    stderr.write(
      `newsdesk: cannot ${fileAction(error.syscall)} ${error.path}: ${fileProblem(error.code)}\n`,
    );
    return EXIT_BAD_INPUT;
  }
  stderr.write(
    `newsdesk: unexpected error\n${error instanceof Error ? error.stack : String(error)}\n`,
  );
  return EXIT_UNEXPECTED;
}

interface FileError extends Error {
  code: string;
  path: string;
  syscall?: string;
}

function isFileError(error: unknown): error is FileError {
  return (
    error instanceof Error &&
    typeof (error as Partial<FileError>).path === "string" &&
    typeof (error as Partial<FileError>).code === "string"
  );
}

// The folders the embedded defaults create (DATA_DIR, INBOX_DIR) fail in mkdir: "cannot read"
// would send the user looking for a file that is not meant to exist yet.
function fileAction(syscall: string | undefined): string {
  switch (syscall) {
    case "mkdir":
      return "create the folder";
    case "scandir":
    case "opendir":
      return "list";
    case "rename":
      return "move";
    default:
      return "read";
  }
}

function fileProblem(code: string): string {
  switch (code) {
    case "ENOENT":
      return "no such file; check the path";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder; name a file";
    case "ENOTDIR":
      return "a part of the path is a file, not a folder; check the path (DATA_DIR, INBOX_DIR)";
    case "EROFS":
      return "the file system is read-only; choose a writable folder (DATA_DIR, INBOX_DIR)";
    case "ENOSPC":
      return "the disk is full; free some space";
    default:
      return code;
  }
}
