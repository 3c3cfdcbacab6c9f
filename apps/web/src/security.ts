import fastifyCookie from "@fastify/cookie";
import fastifyCsrf from "@fastify/csrf-protection";
import fastifyHelmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

/**
 * Security headers for every page, with a Content-Security-Policy that allows only the app's
 * own scripts, styles and images; and the CSRF machinery the forms use (a token in a hidden
 * field, checked against a signed cookie).
 */
export async function registerSecurity(
  app: FastifyInstance,
  options: { secret: string; secureCookies: boolean },
): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        // The preview shows the email in a frame served by this app.
        frameSrc: ["'self'"],
        frameAncestors: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    // The app serves its own pages over http in development; HSTS only behind https.
    strictTransportSecurity: options.secureCookies,
    // Other sites learn nothing (the pages' URLs carry subscribers' tokens); the app's own forms
    // say which page they were on, where a sign-in returns after a session ended mid-form.
    referrerPolicy: { policy: "same-origin" },
  });
  await app.register(fastifyCookie, { secret: options.secret });
  await app.register(fastifyCsrf, {
    cookieOpts: {
      signed: true,
      httpOnly: true,
      sameSite: "lax",
      secure: options.secureCookies,
      path: "/",
    },
  });
}
