/**
 * What `newsdesk --help` lists for each command: its usage after the name and what it does.
 * Plain data, so the help and the choice of which command module to load cost nothing; each
 * command's module takes its description from here too.
 */
export const COMMAND_SUMMARIES = {
  parse: { usage: "[options] <file>", description: "split a news dump into articles" },
  classify: {
    usage: "[options] <file>",
    description:
      "parse a news dump, then label each article with beats, regions, places and people",
  },
  start: {
    usage: "[options]",
    description:
      "run Newsdesk in one process on embedded defaults; ingests samples/ on first start",
  },
  ingest: {
    usage: "[options] <files...>",
    description: "queue news dumps for the worker (the same dump twice adds nothing)",
  },
  worker: {
    usage: "[options]",
    description: "process queued dumps: split, store and classify them; watch the inbox folder",
  },
  web: {
    usage: "[options]",
    description: "run the web app on PORT (default 3000): subscribe, preferences, preview, admin",
  },
  status: {
    usage: "[options]",
    description:
      "queue counts, articles stored and classified, articles per region and beat, last dumps",
  },
  reclassify: {
    usage: "[options]",
    description: "label every stored article again (after the taxonomy changed)",
  },
  preview: {
    usage: "[options]",
    description: "render the newsletter from the stored articles: HTML on stdout, or --out FILE",
  },
  digest: { usage: "<command>", description: "build and send digest editions" },
  subscribers: { usage: "<command>", description: "manage subscribers (admin)" },
  "desk-users": {
    usage: "<command>",
    description: "manage the desk's accounts: add, list, disable, enable, new password",
  },
  doctor: {
    usage: "[options]",
    description: "check whether this install is ready to send real mail, one line per check",
  },
} as const satisfies Record<string, { usage: string; description: string }>;

export type CommandName = keyof typeof COMMAND_SUMMARIES;
