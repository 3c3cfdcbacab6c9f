import type { Logger } from "@newsdesk/config";
import {
  bullErrorListener,
  createWorkerConnection,
  type JobCounts,
  jobCounts,
} from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import { type Queue, QueueEvents } from "bullmq";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { createJobTimer } from "./job-durations.js";

const JOB_STATES: (keyof JobCounts)[] = ["waiting", "active", "delayed", "failed", "completed"];
const EMAIL_STATES = ["sent", "failed", "bounced", "queued", "sending", "skipped"];

/** The web process's Prometheus registry and the event listeners that feed it. */
export interface WebMetrics {
  registry: Registry;
  /** Resolves once every queue's event stream is being read. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Metrics for `/metrics`: Node's defaults; per queue and state the BullMQ job counts and per
 * state the deliveries of every edition (both read at scrape time, so any number of web
 * processes report the same truth); and jobs finished and their run times, counted from
 * the queues' event streams while this process runs.
 */
export function createWebMetrics(deps: {
  queues: readonly Queue[];
  store: Pick<Store, "deliveryStateTotals">;
  redisUrl: string;
  queuePrefix: string;
  log: Logger;
  /** Told of every finished job once it is counted (tests wait on it instead of sleeping). */
  onJobFinished?: ((queue: string, outcome: "completed" | "failed") => void) | undefined;
}): WebMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  new Gauge({
    name: "newsdesk_queue_jobs",
    help: "BullMQ jobs per queue and state, read at scrape time (completed jobs are removed at once, so mostly 0).",
    labelNames: ["queue", "state"],
    registers: [registry],
    async collect() {
      const counts = await Promise.all(deps.queues.map((queue) => jobCounts(queue)));
      deps.queues.forEach((queue, index) => {
        for (const state of JOB_STATES) {
          this.set({ queue: queue.name, state }, counts[index]?.[state] ?? 0);
        }
      });
    },
  });

  new Gauge({
    name: "newsdesk_emails",
    help: "Digest deliveries of every edition by state (sent, failed, bounced, ...), from the deliveries table.",
    labelNames: ["state"],
    registers: [registry],
    async collect() {
      const totals = await deps.store.deliveryStateTotals();
      for (const state of new Set([...EMAIL_STATES, ...Object.keys(totals)])) {
        this.set({ state }, totals[state] ?? 0);
      }
    },
  });

  const finished = new Counter({
    name: "newsdesk_jobs_finished_total",
    help: "Job attempts finished since this process started, per queue and outcome (completed or failed).",
    labelNames: ["queue", "outcome"],
    registers: [registry],
  });
  const durations = new Histogram({
    name: "newsdesk_job_duration_seconds",
    help: "Job run time from active to completed or failed, per queue and outcome.",
    labelNames: ["queue", "outcome"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    registers: [registry],
  });

  const listeners = deps.queues.map((queue) => {
    // A blocking connection of its own: QueueEvents waits on the stream.
    const connection = createWorkerConnection(
      deps.redisUrl,
      deps.log,
      `newsdesk-web-events-${queue.name}`,
    );
    const events = new QueueEvents(queue.name, { connection, prefix: deps.queuePrefix });
    const timer = createJobTimer();
    events.on("active", ({ jobId }, id) => timer.started(jobId, id));
    for (const outcome of ["completed", "failed"] as const) {
      events.on(outcome, ({ jobId }: { jobId: string }, id: string) => {
        finished.inc({ queue: queue.name, outcome });
        const seconds = timer.finished(jobId, id);
        if (seconds !== undefined) durations.observe({ queue: queue.name, outcome }, seconds);
        deps.onJobFinished?.(queue.name, outcome);
      });
    }
    // Lost connections are retried by ioredis; logged once an outage, not printed raw.
    events.on("error", bullErrorListener(connection, `queue events ${queue.name}`));
    return { events, connection };
  });

  return {
    registry,
    async ready() {
      await Promise.all(listeners.map(({ events }) => events.waitUntilReady()));
    },
    async close() {
      await Promise.all(
        listeners.map(async ({ events, connection }) => {
          await events.close();
          // Ours, not BullMQ's: it may leave a connection it was given open.
          connection.disconnect();
        }),
      );
    },
  };
}
