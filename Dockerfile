# syntax=docker/dockerfile:1.7
#
# One Dockerfile for the six services: built from source in a Maven stage, run on a
# JRE as uid 10001. The build context is the repository root (the whole Maven
# reactor); SERVICE and PORT select the module and its port:
#
#   docker build --build-arg SERVICE=identity --build-arg PORT=8081 \
#     -t registry.example.gov.cn/gov-platform/identity:0.1.0 .
#
#   gateway 8080, identity 8081, intake 8082, certificates 8083, credit 8084,
#   notifications 8085 (the chart's <service>.containerPort).
#
# The build fails early, with a message, on any other SERVICE or on a PORT that is
# not the service's. charts/check.sh lints this file and checks that the services
# and ports it accepts are exactly those of charts/gov-platform/values.yaml.

ARG MAVEN_IMAGE=maven:3.9.11-eclipse-temurin-21
ARG RUNTIME_IMAGE=eclipse-temurin:21-jre
# No defaults: every image is built for a named service.
ARG SERVICE
ARG PORT

FROM ${MAVEN_IMAGE} AS build
ARG SERVICE
ARG PORT
# Accepted services and their ports (keep in step with the chart's containerPort).
RUN set -eu; \
    case "${SERVICE:-}" in \
      gateway) port=8080 ;; \
      identity) port=8081 ;; \
      intake) port=8082 ;; \
      certificates) port=8083 ;; \
      credit) port=8084 ;; \
      notifications) port=8085 ;; \
      *) echo "error: --build-arg SERVICE must be one of gateway, identity, intake, certificates, credit, notifications (got '${SERVICE:-}')" >&2; exit 1 ;; \
    esac; \
    if [ "${PORT:-}" != "$port" ]; then \
      echo "error: --build-arg PORT must be $port for SERVICE=$SERVICE (got '${PORT:-}')" >&2; exit 1; \
    fi
WORKDIR /src
COPY . .
# The cache mount keeps ~/.m2 between builds (BuildKit); tests run in CI, not here.
RUN --mount=type=cache,target=/root/.m2 \
    mvn --batch-mode --no-transfer-progress -pl "${SERVICE}" -am -DskipTests package
# Split the fat jar into layers (dependencies change less often than the code).
RUN java -Djarmode=tools -jar "${SERVICE}/target/${SERVICE}"-*.jar extract --layers --launcher --destination /layers

FROM ${RUNTIME_IMAGE}
ARG SERVICE
ARG PORT
LABEL org.opencontainers.image.title="gov-platform-${SERVICE}"
# A CJK font, so certificate PDFs (certificates service) render Chinese; small enough to ship in every image.
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-wqy-microhei \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin app
WORKDIR /app
# Owned by root and read-only for the app user; the only writable path is /tmp
# (an emptyDir in Kubernetes, where the root filesystem is read-only).
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
ENV PORT=${PORT} \
    MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=40.0 -XX:MaxNewSize=32m -XX:+UseSerialGC -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -Xss512k -XX:+ExitOnOutOfMemoryError"
EXPOSE ${PORT}
USER 10001:10001
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
