import { Command } from "commander";
import { registerClassifyCommand } from "./commands/classify.js";
import { registerDigestCommand } from "./commands/digest.js";
import { registerDoctorCommand } from "./commands/doctor.js";
import { registerIngestCommand } from "./commands/ingest.js";
import { registerParseCommand } from "./commands/parse.js";
import { registerPreviewCommand } from "./commands/preview.js";
import { registerReclassifyCommand } from "./commands/reclassify.js";
import { registerStartCommand } from "./commands/start.js";
import { registerStatusCommand } from "./commands/status.js";
import { registerSubscribersCommand } from "./commands/subscribers.js";
import { registerWebCommand } from "./commands/web.js";
import { registerWorkerCommand } from "./commands/worker.js";
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
  registerIngestCommand(program, io);
  registerWorkerCommand(program, io);
  registerWebCommand(program, io);
  registerStatusCommand(program, io);
  registerReclassifyCommand(program, io);
  registerPreviewCommand(program, io);
  registerDigestCommand(program, io);
  registerSubscribersCommand(program, io);
  registerDoctorCommand(program, io);
  return program;
}
