import { createStore, type Store } from "@newsdesk/store";
import { addDeskUser, parseDeskLogin, parseDeskRole, resetDeskPassword } from "@newsdesk/web";
import type { Command } from "commander";
import { COMMAND_SUMMARIES } from "../command-summaries.js";
import { readEnv } from "../env.js";
import { OptionError } from "../errors.js";
import type { Io } from "../io.js";
import { readNewPassword } from "../read-password.js";
import { renderTable } from "../render-table.js";
import { withUserErrors } from "./ingest-context.js";

/**
 * `newsdesk desk-users add|list|disable|enable|password`: the desk's accounts from the server's
 * shell, the way back in when no admin can sign in (the admin token signs in to the desk only
 * while there is no admin account).
 */
export function registerDeskUsersCommand(program: Command, io: Io): void {
  const users = program
    .command("desk-users")
    .description(COMMAND_SUMMARIES["desk-users"].description);
  users
    .command("add")
    .description("add a desk account; its password is typed twice, or read from stdin")
    .argument("<login>", "an email address or a user name, e.g. ana@example.org")
    .requiredOption("--role <role>", "admin or editor")
    .option("--name <name>", "the name the audit log shows (default: the login's first part)")
    .action(async (login: string, options: { role: string; name?: string }) => {
      process.exitCode = await withUserErrors(io, async () => {
        // What can be refused at once is, before the password is asked for.
        parseDeskLogin(login);
        parseDeskRole(options.role);
        const password = await readNewPassword(io);
        return withStore(async (store) => {
          const user = await addDeskUser(store, {
            login,
            role: options.role,
            displayName: options.name,
            password,
          });
          await audit(store, "user.add", user.id, { role: user.role });
          io.stderr.write(
            `desk account #${user.id} added: ${user.login} (${user.displayName}), ${user.role}; it signs in on /admin\n`,
          );
          return 0;
        });
      });
    });
  users
    .command("list")
    .description("list the desk's accounts")
    .action(async () => {
      process.exitCode = await withUserErrors(io, () =>
        withStore(async (store) => {
          const rows = await store.listDeskUsers();
          if (rows.length === 0) {
            io.stderr.write(
              "no desk account yet: add one with newsdesk desk-users add --role admin <login>\n",
            );
            return 0;
          }
          io.stdout.write(
            renderTable(
              ["id", "login", "name", "role", "status", "created"],
              rows.map((user) => [
                String(user.id),
                user.login,
                user.displayName,
                user.role,
                user.disabledAt ? "disabled" : "enabled",
                new Date(user.createdAt).toISOString().slice(0, 10),
              ]),
            ),
          );
          return 0;
        }),
      );
    });
  for (const [name, disabled] of [
    ["disable", true],
    ["enable", false],
  ] as const) {
    users
      .command(name)
      .description(
        disabled
          ? "disable a desk account: its sessions end and it cannot sign in"
          : "enable a disabled desk account again",
      )
      .argument("<login>", "the account's login")
      .action(async (login: string) => {
        process.exitCode = await withUserErrors(io, () =>
          withStore(async (store) => {
            const user = await findUser(store, login);
            const changed = await store.setDeskUserDisabled(user.id, disabled);
            if (changed) {
              await audit(store, `user.${name}`, user.id);
            }
            io.stderr.write(
              `${user.login}: ${changed ? `${name}d` : `already ${name}d, nothing changed`}\n`,
            );
            return 0;
          }),
        );
      });
  }
  users
    .command("password")
    .description("give a desk account a new password (typed twice, or read from stdin)")
    .argument("<login>", "the account's login")
    .action(async (login: string) => {
      process.exitCode = await withUserErrors(io, () =>
        withStore(async (store) => {
          const user = await findUser(store, login);
          await resetDeskPassword(store, user.id, await readNewPassword(io));
          await audit(store, "user.password", user.id);
          io.stderr.write(`${user.login}: new password saved; its sessions ended\n`);
          return 0;
        }),
      );
    });
}

async function withStore(action: (store: Store) => Promise<number>): Promise<number> {
  const env = readEnv();
  const store = await createStore({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    return await action(store);
  } finally {
    await store.close();
  }
}

/** The audit log names the command: the shell's user is not a desk account. */
function audit(store: Store, action: string, userId: number, detail?: Record<string, unknown>) {
  return store.recordDeskAction({
    actor: "newsdesk desk-users",
    action,
    subject: `account ${userId}`,
    detail,
  });
}

async function findUser(store: Store, typed: string) {
  const login = parseDeskLogin(typed);
  const user = await store.deskUserCredentials(login);
  if (!user) {
    throw new OptionError(
      `there is no desk account ${login}: newsdesk desk-users list shows them all`,
    );
  }
  return user;
}
