import type { Store } from "@newsdesk/store";

/**
 * The display name of each desk account by login: the desk's records keep logins (unique,
 * `deskActor`), and people read names. An actor with no account (`admin token`) is not in it.
 */
export async function deskNames(store: Pick<Store, "listDeskUsers">): Promise<Map<string, string>> {
  return new Map((await store.listDeskUsers()).map((user) => [user.login, user.displayName]));
}
