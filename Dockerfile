# syntax=docker/dockerfile:1
#
# paperbot container image.
#
#   docker build --build-arg VERSION="$(git describe --tags --always --dirty)" \
#                --build-arg SOURCE_URL=https://example.org/your/paperbot -t paperbot .
#   docker run -e DISCORD_TOKEN=... -v paperbot-data:/data -p 127.0.0.1:8080:8080 paperbot
#   docker run --rm paperbot ask "When did the United States open its embassy in Dushanbe?"
#
# The binary is static (CGO_ENABLED=0: the SQLite driver is pure Go) and the
# paper and word lists are embedded, so the final image holds only the binary
# and an empty /data for PAPERBOT_DB.
#
# Base images are pinned by tag. For reproducible builds pin them by digest
# as well, e.g. FROM golang:1.26@sha256:<digest> (the digest comes from
# `docker buildx imagetools inspect golang:1.26`); keep the tag in front of
# the digest so readers and update bots still see the version.
#
# cmd/paperbot/container_test.go reads this file and builds the binary with
# exactly the flags of the `go build` line below: keep that line one command.

FROM golang:1.26 AS build
WORKDIR /src
# /data for the final stage, to be copied with the nonroot owner (the
# distroless image has no shell to mkdir or chown with).
RUN mkdir -p /out/data
# Dependencies first: this layer is rebuilt only when go.mod or go.sum change.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/paperbot ./cmd/paperbot

# Distroless static: CA certificates, /etc/passwd with nonroot (65532), no shell.
FROM gcr.io/distroless/static-debian12:nonroot
ARG VERSION=dev
ARG SOURCE_URL=""
LABEL org.opencontainers.image.title="paperbot" \
      org.opencontainers.image.description="Talk with one academic paper: a Discord bot and command-line tool answering from the paper with cited passages" \
      org.opencontainers.image.source="${SOURCE_URL}" \
      org.opencontainers.image.version="${VERSION}"
COPY --from=build /out/paperbot /paperbot
COPY --from=build --chown=65532:65532 /out/data /data
# The binary listens on loopback by default; in the container it must listen
# on every interface of the container so that -p (or a proxy container)
# reaches it. The HEALTHCHECK runs inside and asks loopback either way.
ENV PAPERBOT_DB=/data/paperbot.db \
    PAPERBOT_HTTP_ADDR=:8080
VOLUME /data
EXPOSE 8080
USER nonroot:nonroot
# `paperbot health` GETs /healthz on the port of PAPERBOT_HTTP_ADDR: 0 when it answers 200.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["/paperbot", "health"]
ENTRYPOINT ["/paperbot"]
CMD ["run"]
