import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { OptionError } from "./errors.js";
import type { Io } from "./io.js";

/**
 * A new password: typed twice, unseen, at a terminal; else the first line of stdin (`printf
 * '%s\n' "$PASSWORD" | newsdesk desk-users add ...`), so it never sits in the shell's history
 * or the process list as an argument would.
 */
export async function readNewPassword(io: Io): Promise<string> {
  if (!(io.stdin as { isTTY?: boolean }).isTTY) return firstLine(io.stdin);
  // One interface for both: a second one would miss a line the first had already read.
  const unseen = new Writable({ write: (_chunk, _encoding, done) => done() });
  const lines = createInterface({ input: io.stdin, output: unseen, terminal: true });
  const ask = async (prompt: string) => {
    io.stderr.write(prompt);
    const answer = await lines.question("");
    io.stderr.write("\n");
    return answer;
  };
  try {
    const first = await ask("Password: ");
    if (first !== (await ask("The same password again: "))) {
      throw new OptionError(
        "the two passwords differ: run the command again and type the same twice",
      );
    }
    return first;
  } finally {
    lines.close();
  }
}

async function firstLine(stdin: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stdin) {
    text += typeof chunk === "string" ? chunk : (chunk as Buffer).toString("utf8");
    if (text.includes("\n")) break;
  }
  const line = text.split(/\r?\n/)[0] ?? "";
  if (line === "") {
    throw new OptionError(
      "no password on stdin: type it at a terminal, or pipe it in: printf '%s\\n' \"$PASSWORD\" | newsdesk desk-users ...",
    );
  }
  return line;
}
