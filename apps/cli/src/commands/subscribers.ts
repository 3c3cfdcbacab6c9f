import { isTimeZone } from "@newsdesk/digest";
import { parseEmailAddress } from "@newsdesk/mail";
import { DEFAULT_REGION_ORDER } from "@newsdesk/newsletter";
import { createStore, type SubscriberRow } from "@newsdesk/store";
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
    const outcome = await store.upsertSubscriber({
      email,
      regions,
      beats,
      frequency,
      timezone: options.timezone,
      status: options.pending ? "pending" : "active",
    });
    const report = describeAdded(outcome);
    io.stderr.write(`${report.message}\n`);
    return report.exitCode;
  } finally {
    await store.close();
  }
}

/**
 * What `subscribers add` did, in words, and its exit code: 1 when the address will get nothing
 * (it unsubscribed, or bounced until suppressed): its choices were saved, but only the reader
 * can subscribe again, through the web form and its confirmation email.
 */
export function describeAdded(outcome: { subscriber: SubscriberRow; created: boolean }): {
  message: string;
  exitCode: number;
} {
  const { subscriber, created } = outcome;
  const choices = `${subscriber.frequency}, regions ${subscriber.regions.join(",") || "all"}, beats ${subscriber.beats.join(",") || "all"}, ${subscriber.timezone}`;
  const what = `subscriber #${subscriber.id} ${created ? "added" : "updated"} (${choices})`;
  switch (subscriber.status) {
    case "active":
      return { message: `${what}: active, in the next edition`, exitCode: 0 };
    case "pending":
      return {
        message: `${what}: pending, gets nothing until the address confirms (the web form's confirmation email)`,
        exitCode: 0,
      };
    case "paused":
      return {
        message: `${what}: paused by the subscriber, who resumes it from their preferences page`,
        exitCode: 0,
      };
    case "unsubscribed":
      return {
        message: `${what}, but the address unsubscribed and gets nothing: only its owner can subscribe again, on the web form, which sends a confirmation email`,
        exitCode: 1,
      };
    case "bounced":
      return {
        message: `${what}, but the address bounced until it was suppressed and gets nothing: check it with its owner, who can subscribe again on the web form`,
        exitCode: 1,
      };
  }
}
