# Multi-stage: build with dev dependencies, run with production ones as a non-root user, bubblewrap inside.
# NODE_IMAGE: any Debian bookworm image with Node.js 20 and a `node` user (uid 1000), e.g. the offline
# stand-in from scripts/container/build-base.sh (`--build-arg NODE_IMAGE=localhost/skillgate-node-base:20`).
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM ${NODE_IMAGE}
RUN apt-get update && apt-get install -y --no-install-recommends bubblewrap python3 util-linux tini \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production SKILLGATE_DATA_DIR=/data
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/main.js"]
