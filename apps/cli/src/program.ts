import { Command } from "commander";
import { registerClassifyCommand } from "./commands/classify.js";
import { registerParseCommand } from "./commands/parse.js";
import { registerStartCommand } from "./commands/start.js";
import { type Io, processIo } from "./io.js";

/** Builds the `newsdesk` command; each subcommand lives in `commands/<name>.ts`. */
export function createProgram(io: Io = processIo): Command {
  const program = new Command("newsdesk")
    .description("Raw news dumps in, regional email digests out.")
    .showHelpAfterError()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  registerParseCommand(program, io);
  registerClassifyCommand(program, io);
  registerStartCommand(program, io);
  return program;
}
