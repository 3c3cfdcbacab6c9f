import { describe, expect, it } from "vitest";
import { holdersInClientList, liveClaimHolder } from "./live-claim-holders.js";

const CLIENT_LIST = [
  "id=3 addr=127.0.0.1:5001 laddr=127.0.0.1:6379 fd=8 name=newsdesk-digest-deliver:aaa db=0 cmd=bzpopmin",
  "id=4 addr=127.0.0.1:5002 laddr=127.0.0.1:6379 fd=9 name=newsdesk-digest-deliver:aaa db=0 cmd=client|list",
  "id=5 addr=127.0.0.1:5003 laddr=127.0.0.1:6379 fd=10 name=newsdesk-digest-deliver:bbb db=0 cmd=evalsha",
  "id=6 addr=127.0.0.1:5004 laddr=127.0.0.1:6379 fd=11 name=newsdesk-digest-schedule db=0 cmd=evalsha",
  "id=7 addr=127.0.0.1:5005 laddr=127.0.0.1:6379 fd=12 name= db=0 cmd=info",
].join("\n");

describe("holdersInClientList", () => {
  it("names each process with a deliver connection once, and nothing else", () => {
    expect(holdersInClientList(CLIENT_LIST)).toEqual(["aaa", "bbb"]);
    expect(holdersInClientList("")).toEqual([]);
  });
});

describe("liveClaimHolder", () => {
  it("reads the client list once for a burst of claims", async () => {
    let reads = 0;
    const holder = liveClaimHolder({
      by: "aaa",
      staleSeconds: 300,
      cacheMs: 60_000,
      async listClients() {
        reads++;
        return CLIENT_LIST;
      },
    });
    const claims = await Promise.all([holder(), holder(), holder()]);
    expect(claims[0]).toEqual({ by: "aaa", liveHolders: ["aaa", "bbb"], staleSeconds: 300 });
    expect(reads).toBe(1);
  });

  it("leaves who runs unknown when Redis refuses the client list", async () => {
    const holder = liveClaimHolder({
      by: "aaa",
      staleSeconds: 300,
      async listClients() {
        throw new Error("NOPERM this user has no permissions to run the 'client|list' command");
      },
    });
    // Every holder then counts as running: only the stale rule frees its rows.
    expect(await holder()).toEqual({ by: "aaa", liveHolders: null, staleSeconds: 300 });
  });
});
