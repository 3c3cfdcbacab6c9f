export { addDeskUser, resetDeskPassword } from "./accounts/add-desk-user.js";
export {
  checkDeskPassword,
  DeskCredentialError,
  MIN_PASSWORD_LENGTH,
  parseDeskLogin,
  parseDeskRole,
} from "./accounts/desk-credentials.js";
export { webEnv } from "./env.js";
export { runWeb } from "./run-web.js";
