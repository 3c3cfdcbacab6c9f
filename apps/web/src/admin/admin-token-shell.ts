import { join } from "node:path";

/**
 * How a shell on the server gets the admin token, for the desk's `curl` example: `$ADMIN_TOKEN`
 * when the variable set it, else the file it was generated into (`npm start` sets no variable,
 * so `$ADMIN_TOKEN` would send an empty token and get a 401).
 */
export function adminTokenShell(fromEnvironment: boolean, dataDir: string): string {
  return fromEnvironment ? "$ADMIN_TOKEN" : `$(cat ${join(dataDir, "admin-token")})`;
}
