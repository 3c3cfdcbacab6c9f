import type { DeskView } from "./admin/desk-auth.js";

declare module "fastify" {
  interface FastifyReply {
    /**
     * @fastify/view's per-reply context, merged into every page it renders (it declares no type
     * for it): who is signed in to the desk, and the newsletter's name as the desk branded it.
     */
    locals: { desk?: DeskView; siteName?: string } | undefined;
  }
}
