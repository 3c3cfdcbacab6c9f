import type { Logger } from "@newsdesk/config";
import type { DigestSchedule } from "@newsdesk/digest";
import type { Mailer } from "@newsdesk/mail";
import type { Store } from "@newsdesk/store";
import type { ScryptCost } from "./accounts/password-hash.js";
import type { TokenSignIn } from "./admin/desk-auth.js";

/** What the web app is given: connections and settings, opened by whoever runs it. */
export interface WebDeps {
  store: Store;
  mailer: Mailer;
  /** Redis of the queues (Bull Board, dump uploads, /healthz). */
  redisUrl: string;
  /** BullMQ key prefix (`QUEUE_PREFIX`). */
  queuePrefix: string;
  /** Signs every link the app sends or accepts (see `signed-links.ts`). */
  secret: string;
  /** Where links in emails point, without a trailing slash. */
  publicUrl: string;
  /** When editions go out (`DIGEST_HOUR`, `DIGEST_WEEKDAY`): the period `/preview` shows. */
  schedule?: DigestSchedule | undefined;
  /**
   * Unlocks `/api/*` and `/metrics` as a bearer token, and signs in to the desk in a browser as
   * `tokenSignIn` allows (to create the first admin account).
   */
  adminToken: string;
  /** Whether `ADMIN_TOKEN` set it (else it was generated into `$DATA_DIR/admin-token`). */
  adminTokenFromEnvironment?: boolean | undefined;
  /** `ADMIN_TOKEN_SIGN_IN`: `until-first-admin` when unset. */
  tokenSignIn?: TokenSignIn | undefined;
  /** scrypt's cost for new password hashes (`DEFAULT_SCRYPT_COST` when unset; tests lower it). */
  passwordCost?: ScryptCost | undefined;
  /** `$DATA_DIR`: the outbox lives in `$DATA_DIR/outbox`. */
  dataDir: string;
  log: Logger;
  /** Trust X-Forwarded-For from a reverse proxy (`TRUST_PROXY`). */
  trustProxy?: boolean;
  /**
   * Largest dump `POST /api/dumps` and the upload form take (`MAX_DUMP_BYTES`; 64 MiB, the
   * parser's limit, if unset).
   */
  maxDumpBytes?: number | undefined;
  /** Templates reread on every request and the preview reloads itself (development). */
  development: boolean;
}
