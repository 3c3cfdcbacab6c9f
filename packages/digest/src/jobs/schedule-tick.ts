import type { Logger } from "@newsdesk/config";
import {
  type DeliverPayload,
  jobHandler,
  type ScheduleTickPayload,
  scheduleTickJob,
} from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import type { Queue } from "bullmq";
import { heldForApproval } from "../edition/approval-gate.js";
import { buildEditionForPeriod } from "../edition/build-digest-edition.js";
import { prepareEdition } from "../edition/prepare-edition.js";
import type { DigestSchedule } from "../schedule/digest-period.js";
import { CATCH_UP_MS, dueEditions } from "../schedule/due-editions.js";

export interface ScheduleTickDeps {
  store: Store;
  deliverQueue: Queue<DeliverPayload>;
  schedule: DigestSchedule;
  now: Date;
  log: Logger;
  catchUpMs?: number | undefined;
}

/** What a tick did, for its job's return value and the tests. */
export interface TickReport {
  /** Editions owed now (one per group of time zones whose send slot ended the same period). */
  due: number;
  /** Editions this tick prepared or finished queueing: id, audience created, jobs queued. */
  prepared: { editionId: number; timezones: string[]; created: number; queued: number }[];
  /** Owed but already queued (by an earlier tick or another process), or paused. */
  done: number;
  /** Owed, but no article came in during the period: nothing to send. */
  nothingNew: number;
  /** Owed and built, but held as a draft until an editor approves it (approval mode `hold`). */
  held: number;
}

/**
 * A schedule tick (every quarter hour, from the job scheduler): for each time zone of the
 * active subscribers whose local send slot has come, builds that period's edition and prepares
 * it for the subscribers of those zones. Safe to run in many processes at once and again: an
 * edition is one row per (frequency, period), its audience is frozen once, its jobs have
 * deterministic ids, and once it is marked queued later ticks leave it alone.
 */
export async function handle(
  _data: ScheduleTickPayload,
  deps: ScheduleTickDeps,
): Promise<TickReport> {
  const { store, log, now } = deps;
  const audience = await store.audienceTimeZones();
  const { due, unknownTimeZones } = dueEditions(
    audience,
    now,
    deps.schedule,
    deps.catchUpMs ?? CATCH_UP_MS,
  );
  if (unknownTimeZones.length > 0) {
    log.warn(
      { timezones: unknownTimeZones },
      "some subscribers have a time zone this runtime does not know: they get their editions on UTC's clock until it is corrected to an IANA name such as Europe/Lisbon",
    );
  }
  const report: TickReport = { due: due.length, prepared: [], done: 0, nothingNew: 0, held: 0 };
  for (const owed of due) {
    const { frequency, period, timezones } = owed;
    const existing = await store.findEdition({
      frequency,
      periodStart: period.start,
      periodEnd: period.end,
    });
    if (existing && (existing.queuedAt !== null || existing.status === "paused")) {
      report.done++;
      continue;
    }
    // Prepared but not all queued: a crash in between. Queue the rest, do not rebuild.
    const editionId =
      existing?.status === "prepared"
        ? existing.id
        : (await buildEditionForPeriod(store, frequency, period, now))?.row.id;
    if (editionId === undefined) {
      report.nothingNew++;
      continue;
    }
    if (existing?.status !== "prepared" && (await heldForApproval(store, editionId))) {
      report.held++;
      log.info({ editionId, frequency }, "scheduled edition held until an editor approves it");
      continue;
    }
    const prepared = await prepareEdition({ store, deliverQueue: deps.deliverQueue }, editionId, {
      timezones,
    });
    report.prepared.push({
      editionId,
      timezones,
      created: prepared.created,
      queued: prepared.queued,
    });
    log.info(
      {
        editionId,
        frequency,
        periodEnd: period.end.toISOString(),
        timezones: timezones.length,
        ...prepared,
      },
      "scheduled edition prepared",
    );
  }
  return report;
}

/** The `schedule-tick` job the job scheduler makes, at its clock's time. */
export function scheduleTickHandler(
  deps: Omit<ScheduleTickDeps, "now" | "log"> & { clock(): Date },
) {
  return jobHandler({
    job: scheduleTickJob,
    run: (data, { log }) => handle(data, { ...deps, now: deps.clock(), log }),
  });
}
