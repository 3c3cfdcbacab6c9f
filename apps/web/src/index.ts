export { parseWebEnv, type WebEnv, webEnv } from "./env.js";
export { type RunningWeb, runWeb, type SharedWebConnections } from "./run-web.js";
