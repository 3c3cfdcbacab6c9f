import { loadBranding } from "@newsdesk/digest";
import { validateBranding } from "@newsdesk/newsletter";
import { writeDeskSetting } from "@newsdesk/store";
import type { FastifyInstance } from "fastify";
import type { DeskAuth } from "../admin/desk-auth.js";
import { brandingFormView, brandingInput, changedFields } from "../branding/branding-form.js";
import type { BrandingSource } from "../branding/branding-source.js";
import { deskActor } from "../desk/desk-actor.js";
import type { WebDeps } from "../web-deps.js";

/**
 * `/admin/branding`: the newsletter's name, sender name, accent colour, logo and intro line,
 * without code. A save (CSRF-checked) is validated (`validateBranding`: lengths, an https logo,
 * an accent white text reads on at 4.5:1), stored as the desk setting `branding`, audited,
 * and used by the next email rendered: digests, the confirmation email, the preview, the site.
 */
export async function deskBrandingRoutes(
  app: FastifyInstance,
  deps: Pick<WebDeps, "store"> & { desk: DeskAuth; branding: BrandingSource },
): Promise<void> {
  app.addHook("onRequest", deps.desk.require("manageSettings"));
  const page = { title: "Branding", wide: true };

  app.get("/admin/branding", async (request, reply) => {
    const { done } = request.query as { done?: string };
    return reply.view("desk-branding.hbs", {
      ...page,
      csrfToken: reply.generateCsrf(),
      fields: brandingFormView(await loadBranding(deps.store.db)),
      notice:
        done === "saved"
          ? "Saved: the next email and every page use it (the preview shows it now)."
          : undefined,
    });
  });

  app.post("/admin/branding", { preHandler: app.csrfProtection }, async (request, reply) => {
    const input = brandingInput(request.body);
    const checked = validateBranding(input);
    if (!checked.ok) {
      return reply.code(400).view("desk-branding.hbs", {
        ...page,
        csrfToken: reply.generateCsrf(),
        fields: brandingFormView(input, checked.problems),
        problem: `Nothing was saved: ${checked.problems.length === 1 ? "one field needs" : `${checked.problems.length} fields need`} a change (see below).`,
      });
    }
    const before = await loadBranding(deps.store.db);
    const actor = await deskActor(deps.desk, request);
    await writeDeskSetting(deps.store.db, "branding", checked.branding, actor);
    deps.branding.saved(checked.branding);
    await deps.store.recordDeskAction({
      actor,
      action: "branding.save",
      detail: { changed: changedFields(before, checked.branding).join(" ") || "nothing" },
    });
    request.log.info("branding saved on the desk");
    return reply.redirect("/admin/branding?done=saved", 303);
  });
}
