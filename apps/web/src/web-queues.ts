import type { Logger } from "@newsdesk/config";
import { closeConnection, connectProducer, createQueues, type Queues } from "@newsdesk/queue";
import { Queue } from "bullmq";

/**
 * The queues the web app produces to and watches (dump uploads, Bull Board, /metrics), over one
 * producer connection: it fails fast, so a request gets an error rather than hanging while Redis
 * is away.
 */
export async function openWebQueues(deps: {
  redisUrl: string;
  queuePrefix: string;
  log: Logger;
}): Promise<Queues> {
  const connection = await connectProducer(deps.redisUrl, deps.log, "newsdesk-web");
  const queues = createQueues({ connection, prefix: deps.queuePrefix });
  return {
    ...queues,
    async close() {
      await queues.close();
      await closeConnection(connection);
    },
  };
}

/** Every queue of `createQueues`, whatever queues it grows: what Bull Board and /metrics show. */
export function queueList(queues: Queues): Queue[] {
  return Object.values(queues).filter((value): value is Queue => value instanceof Queue);
}
