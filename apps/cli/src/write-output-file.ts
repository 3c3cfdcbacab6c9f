import { writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { UserError } from "@newsdesk/config";

/** An output file (`--out`) that cannot be written; the message says why and what to do. */
export class OutputFileError extends UserError {
  override name = "OutputFileError";
}

/**
 * Writes a command's output file. A failure is said as a write, not as the "cannot read" the
 * program reports for input files, with what to do about it.
 */
export async function writeOutputFile(path: string, content: string): Promise<void> {
  try {
    await writeFile(path, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = writeProblem(code, path);
    if (!why) throw error;
    throw new OutputFileError(`cannot write ${path}: ${why}`, { cause: error });
  }
}

function writeProblem(code: string | undefined, path: string): string | undefined {
  switch (code) {
    case "ENOENT":
      return `the folder ${dirname(path)} does not exist; create it or choose another --out`;
    case "ENOTDIR":
      return `${dirname(path)} is not a folder; choose another --out`;
    case "EISDIR":
      return "it is a folder; name a file, e.g. preview.html";
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "permission denied; choose a file you can write";
    default:
      return undefined;
  }
}
