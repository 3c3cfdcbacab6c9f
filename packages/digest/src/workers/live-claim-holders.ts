import type { ClaimHolder } from "@newsdesk/store";

/** The deliver worker's Redis connection name, before its process's claim holder id. */
export const DELIVER_CONNECTION = "newsdesk-digest-deliver";

/**
 * The claim holders whose deliver worker is connected, from Redis's `CLIENT LIST`: a process
 * that was killed has its connections closed by the kernel at once, so its claims can be
 * taken over without waiting for them to go stale, while a living process that is merely slow
 * (its job locks lapsed) keeps its claims.
 */
export function holdersInClientList(clientList: string): string[] {
  const holders = new Set<string>();
  for (const match of clientList.matchAll(
    new RegExp(`\\bname=${DELIVER_CONNECTION}:(\\S+)`, "g"),
  )) {
    holders.add(match[1] as string);
  }
  return [...holders];
}

export interface LiveClaimHolderOptions {
  /** This process's holder id (its deliver connection is named after it). */
  by: string;
  staleSeconds: number;
  /** Redis's `CLIENT LIST` reply. */
  listClients(): Promise<string>;
  /** How long one reading of the client list is used (claims come in bursts). */
  cacheMs?: number | undefined;
}

/** The claim holder of this process, with the live holders read at most once per `cacheMs`. */
export function liveClaimHolder(options: LiveClaimHolderOptions): () => Promise<ClaimHolder> {
  const cacheMs = options.cacheMs ?? 1_000;
  let cached: { at: number; holders: Promise<string[] | null> } | undefined;
  return async () => {
    const now = Date.now();
    if (!cached || now - cached.at > cacheMs) {
      // A Redis that refuses CLIENT LIST (some hosted ones do) leaves who runs unknown: claims
      // then wait for the stale rule instead of sending twice.
      const holders = options.listClients().then(holdersInClientList, () => null);
      cached = { at: now, holders };
    }
    return {
      by: options.by,
      liveHolders: await cached.holders,
      staleSeconds: options.staleSeconds,
    };
  };
}
