import { isTimeZone } from "@newsdesk/digest";
import { parseEmailAddress } from "@newsdesk/mail";
import { DEFAULT_REGION_ORDER } from "@newsdesk/newsletter";
import { createStore } from "@newsdesk/store";
import type { Command } from "commander";
import { COMMAND_SUMMARIES } from "../command-summaries.js";
import { readEnv } from "../env.js";
import { OptionError } from "../errors.js";
import type { Io } from "../io.js";
import { parseBeats, parseRegions } from "../options.js";
import { withUserErrors } from "./ingest-context.js";

export interface SubscribersAddOptions {
  regions?: string;
  beats?: string;
  frequency: string;
  timezone: string;
  pending?: boolean;
}

/** `newsdesk subscribers add EMAIL [--regions a,b] [--beats a,b] [--frequency daily|weekly]`. */
export function registerSubscribersCommand(program: Command, io: Io): void {
  const subscribers = program
    .command("subscribers")
    .description(COMMAND_SUMMARIES.subscribers.description);
  subscribers
    .command("add")
    .description("add a subscriber (active at once), or update the choices of an existing one")
    .argument("<email>", "one address, e.g. ana@example.org")
    .option(
      "--regions <ids>",
      `comma-separated regions (${DEFAULT_REGION_ORDER.join(", ")}); default all`,
    )
    .option("--beats <ids>", "comma-separated IPTC beats, e.g. politics,health; default all")
    .option("--frequency <frequency>", "daily or weekly", "daily")
    .option("--timezone <zone>", "IANA time zone, e.g. Europe/Lisbon", "UTC")
    .option("--pending", "add as pending (waiting for confirmation) instead of active")
    .action(async (email: string, options: SubscribersAddOptions) => {
      process.exitCode = await withUserErrors(io, () => addSubscriber(email, options, io));
    });
}

export async function addSubscriber(
  value: string,
  options: SubscribersAddOptions,
  io: Io,
): Promise<number> {
  let email: string;
  try {
    email = parseEmailAddress(value);
  } catch (error) {
    throw new OptionError(error instanceof Error ? error.message : String(error));
  }
  const frequency = options.frequency;
  if (frequency !== "daily" && frequency !== "weekly") {
    throw new OptionError(`--frequency ${JSON.stringify(frequency)}: use daily or weekly`);
  }
  if (!isTimeZone(options.timezone)) {
    throw new OptionError(
      `--timezone ${JSON.stringify(options.timezone)} is not an IANA time zone, e.g. Europe/Lisbon`,
    );
  }
  const regions = parseRegions(options.regions);
  const beats = parseBeats(options.beats);
  const env = readEnv();
  const store = await createStore({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    const { subscriber, created } = await store.upsertSubscriber({
      email,
      regions,
      beats,
      frequency,
      timezone: options.timezone,
      status: options.pending ? "pending" : "active",
    });
    io.stderr.write(
      `subscriber #${subscriber.id} ${created ? "added" : "updated"}: ${frequency}, regions ${subscriber.regions.join(",") || "all"}, beats ${subscriber.beats.join(",") || "all"} (${subscriber.status})\n`,
    );
  } finally {
    await store.close();
  }
  return 0;
}
