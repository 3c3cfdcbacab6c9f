import { readFileSync } from "node:fs";
import { Command, Help, type ParseOptions } from "commander";
import { COMMAND_SUMMARIES, type CommandName } from "./command-summaries.js";
import { type Io, processIo } from "./io.js";
import { EXIT_BAD_INPUT } from "./report-error.js";

type Register = (program: Command, io: Io) => void;

/**
 * Each command's module, imported only when that command runs (or shows its own help): `parse`
 * loads the parser, not the web app, the digest and the queues (issue 17).
 */
const COMMAND_MODULES: Record<CommandName, () => Promise<Register>> = {
  parse: async () => (await import("./commands/parse.js")).registerParseCommand,
  classify: async () => (await import("./commands/classify.js")).registerClassifyCommand,
  start: async () => (await import("./commands/start.js")).registerStartCommand,
  ingest: async () => (await import("./commands/ingest.js")).registerIngestCommand,
  worker: async () => (await import("./commands/worker.js")).registerWorkerCommand,
  web: async () => (await import("./commands/web.js")).registerWebCommand,
  status: async () => (await import("./commands/status.js")).registerStatusCommand,
  reclassify: async () => (await import("./commands/reclassify.js")).registerReclassifyCommand,
  preview: async () => (await import("./commands/preview.js")).registerPreviewCommand,
  digest: async () => (await import("./commands/digest.js")).registerDigestCommand,
  subscribers: async () => (await import("./commands/subscribers.js")).registerSubscribersCommand,
  "desk-users": async () => (await import("./commands/desk-users.js")).registerDeskUsersCommand,
  doctor: async () => (await import("./commands/doctor.js")).registerDoctorCommand,
};

/**
 * A command whose usage mistakes (an unknown option or command, a missing argument, a value
 * outside its choices) exit with 2, the code of every other mistake a user can fix
 * (`EXIT_BAD_INPUT`), not commander's 1, which scripts would read as a failure of the work.
 */
class NewsdeskCommand extends Command {
  override createCommand(name?: string): Command {
    return new NewsdeskCommand(name);
  }

  // Commander calls it only for usage mistakes, some with an explicit 1 (a value outside the
  // choices); no command of ours calls it.
  override error(message: string, options?: { code?: string; exitCode?: number }): never {
    return super.error(message, { ...options, exitCode: EXIT_BAD_INPUT });
  }
}

/**
 * The `newsdesk` program: every command is listed by its summary alone; parsing first swaps
 * the one named on the command line for the real thing, registered by `commands/<name>.ts`.
 */
class LazyProgram extends NewsdeskCommand {
  constructor(private readonly io: Io) {
    super("newsdesk");
  }

  override async parseAsync(argv?: readonly string[], options?: ParseOptions): Promise<this> {
    const name = commandNameIn(argv ?? process.argv, options);
    if (name) await this.load(name);
    return super.parseAsync(argv, options);
  }

  private async load(name: CommandName): Promise<void> {
    // Commander types its list read-only but keeps it as a plain array, in help order.
    const commands = this.commands as Command[];
    const index = commands.findIndex((command) => command.name() === name);
    const register = await COMMAND_MODULES[name]();
    // Removed first: commander refuses a second command of the same name.
    const [placeholder] = commands.splice(index, 1);
    register(this, this.io);
    const loaded = commands.pop();
    commands.splice(index, 0, loaded ?? (placeholder as Command));
  }
}

const defaultHelp = new Help();

/** Builds the `newsdesk` command; each subcommand lives in `commands/<name>.ts`. */
export function createProgram(io: Io = processIo): Command {
  const program = new LazyProgram(io)
    .description("Raw news dumps in, regional email digests out.")
    .version(cliVersion(), "-V, --version", "print the version of newsdesk")
    .showHelpAfterError()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .configureHelp({
      // The placeholders declare no options or arguments: their usage comes from the summaries.
      subcommandTerm: (command) => {
        const summary = summaryOf(command.name());
        return summary ? `${command.name()} ${summary.usage}` : defaultHelp.subcommandTerm(command);
      },
    });
  for (const [name, summary] of Object.entries(COMMAND_SUMMARIES)) {
    program.command(name).description(summary.description);
  }
  return program;
}

/** This package's version: what a bug report or an upgrade asks first. */
function cliVersion(): string {
  // src/ and dist/ both sit beside package.json; reading it costs microseconds, not an import.
  const packageJson = new URL("../package.json", import.meta.url);
  return (JSON.parse(readFileSync(packageJson, "utf8")) as { version: string }).version;
}

/** The command the arguments name (`newsdesk help NAME` included); undefined for none. */
function commandNameIn(
  argv: readonly string[],
  options: ParseOptions | undefined,
): CommandName | undefined {
  const from = options?.from ?? "node";
  const args = argv.slice(from === "user" ? 0 : from === "electron" ? 1 : 2);
  const operands = args.filter((arg) => !arg.startsWith("-"));
  const name = operands[0] === "help" ? operands[1] : operands[0];
  return name !== undefined && summaryOf(name) ? (name as CommandName) : undefined;
}

function summaryOf(name: string): { usage: string; description: string } | undefined {
  return Object.hasOwn(COMMAND_SUMMARIES, name)
    ? COMMAND_SUMMARIES[name as CommandName]
    : undefined;
}
