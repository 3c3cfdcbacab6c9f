export { webEnv } from "./env.js";
export { runWeb } from "./run-web.js";
