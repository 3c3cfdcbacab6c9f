import type { FastifyReply, FastifyRequest } from "fastify";

const TITLES: Record<number, string> = {
  400: "That request could not be read",
  403: "That link or form is not valid",
  404: "Page not found",
  413: "That is too large",
  429: "Too many requests",
};

/**
 * Every error as a page a reader can act on (or JSON for `/api/` and `/healthz` callers):
 * client errors keep their status and message; anything else is logged and shown as 500
 * without internals.
 */
export function renderErrorPage(
  error: { statusCode?: number; message: string; title?: string },
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply | Promise<FastifyReply> {
  const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
  if (status >= 500) request.log.error({ err: error }, "request failed");
  const message =
    status >= 500
      ? "Something went wrong on our side. Please try again in a minute."
      : error.message;
  reply.code(status);
  if (request.url.startsWith("/api/") || !acceptsHtml(request)) {
    return reply.send({ error: message, status });
  }
  return reply.view("error.hbs", {
    title: (status < 500 && error.title) || TITLES[status] || "Something went wrong",
    message,
    status,
  });
}

function acceptsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? "";
  return accept === "" || accept.includes("text/html") || accept.includes("*/*");
}
