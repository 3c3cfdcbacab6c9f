# One image for every Newsdesk process, all started by the `newsdesk` command: `worker`
# (default), `digest run` (deliveries, schedules, the unsubscribe mailbox) or `web` (the web app
# on PORT, default 3000). docker-compose.yml runs it against the redis and postgres services.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
# `npm ci` also builds every package (the root `prepare` script).
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=build /app /app
ENTRYPOINT ["node", "apps/cli/bin/newsdesk.js"]
EXPOSE 3000
CMD ["worker"]
