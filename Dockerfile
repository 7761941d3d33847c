# The API image: compiled once in a build stage, run as a non-root user with production dependencies only.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY db ./db
COPY seed ./seed
COPY scripts ./scripts
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY seed ./seed
COPY schema ./schema
# The API keys' folder, owned by the user that runs the API, so that a named volume mounted there is writable.
RUN mkdir /keys && chown node:node /keys
USER node
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
