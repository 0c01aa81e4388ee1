# The VideoEngAI server (API, WebSocket, media files). Untested here: these machines cannot run
# Docker (README, Operations). With no DATABASE_URL it keeps the embedded database under /data.
# Node 20.19 or newer, or 22.12 or newer (package.json's engines; vite 8 needs one of them).
FROM node:20-slim
WORKDIR /app

# prisma generate runs on install (postinstall) and needs the schema and its config first.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
# Dev dependencies included on purpose: the server runs its TypeScript through tsx.
RUN npm ci --no-audit --no-fund

COPY . .
RUN mkdir -p /data && chown node:node /data

# Listening on every address: the server refuses to start without METRICS_TOKEN (docker run -e
# METRICS_TOKEN=..., or compose.yaml's .env), so /metrics is never open to the network.
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8787 DATA_DIR=/data
VOLUME /data
EXPOSE 8787
USER node
CMD ["node", "--import", "tsx", "server/main.ts"]
