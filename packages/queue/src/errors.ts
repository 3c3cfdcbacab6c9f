import { redactUrl, UserError } from "@newsdesk/config";

/** No Redis answers and none can be launched: the message says how to get one. */
export class RedisNotInstalledError extends UserError {
  override name = "RedisNotInstalledError";
  constructor() {
    super(
      "no REDIS_URL is set and redis-server is not installed, so there is no queue to use. Start one with `docker compose up -d redis` (then set REDIS_URL=redis://127.0.0.1:6379), or install it: `apt install redis-server` (Debian/Ubuntu) or `brew install redis` (macOS).",
    );
  }
}

/** redis-server was found but did not start. */
export class RedisStartError extends UserError {
  override name = "RedisStartError";
  constructor(
    readonly reason: string,
    readonly output: string,
  ) {
    super(
      `redis-server did not start (${reason}). Its last words:\n${output.trim().split("\n").slice(-5).join("\n")}\nCheck the data folder's permissions, or set REDIS_URL to a running Redis.`,
    );
  }
}

/** Redis does not answer at REDIS_URL. */
export class RedisUnreachableError extends UserError {
  override name = "RedisUnreachableError";
  /** The URL without its password (errors end up in logs). */
  readonly url: string;
  constructor(url: string, cause: unknown) {
    super(
      `Redis does not answer at ${redactUrl(url)} (${cause instanceof Error ? cause.message : String(cause)}). Start it (\`docker compose up -d redis\`), fix REDIS_URL, or unset REDIS_URL to use an embedded redis-server.`,
      { cause },
    );
    this.url = redactUrl(url);
  }
}
