#!/usr/bin/env node
// Thin launcher: the command is compiled to dist/ by `npm install` (the root `prepare` script).
import { existsSync } from "node:fs";

const entry = new URL("../dist/main.js", import.meta.url);
if (!existsSync(entry)) {
  console.error("newsdesk is not built yet: run `npm run build` at the repository root.");
  process.exit(1);
}
await import(entry.href);
