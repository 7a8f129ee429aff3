# FaceEmulator container image (README "Container").
#   docker build -t faceemu .
#   docker run --rm -p 5080:5080 faceemu
# The base images are build arguments so a machine without a registry can pass local stand-ins
# (tools/container/build-image does that with podman); the defaults are the official .NET images.
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0

FROM ${SDK_IMAGE} AS build
WORKDIR /src

# Restore first, from the files it reads only, so the layer is reused until a package changes.
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY emulator/FaceEmulator.csproj emulator/
RUN dotnet restore emulator/FaceEmulator.csproj

COPY emulator/ emulator/
# The web component's one source, embedded by the emulator's build.
COPY tools/face-ui/FaceLivenessDetector.js tools/face-ui/
# README's and the docs' "Differences from Azure" lists are embedded in the emulator (GET /__admin/info).
COPY README.md ./
COPY docs/ docs/

# ImageSharp 4.x refuses non-Debug builds without a Six Labors licence key (README "Building in
# Release"): with the key this is a Release build, without it a Debug build. The key is used in this
# stage only, which the final image does not contain.
ARG SIXLABORS_LICENSE_KEY=
RUN if [ -n "$SIXLABORS_LICENSE_KEY" ]; then \
        dotnet publish emulator/FaceEmulator.csproj --no-restore -c Release -o /app -p:UseAppHost=false \
            "-p:SixLaborsLicenseKey=$SIXLABORS_LICENSE_KEY"; \
    else \
        dotnet publish emulator/FaceEmulator.csproj --no-restore -c Debug -o /app -p:UseAppHost=false; \
    fi

FROM ${RUNTIME_IMAGE} AS final
WORKDIR /app
COPY --from=build /app .

# Configuration is plain ASP.NET configuration from environment variables, `__` for `:`, e.g.
#   Emulator__Deterministic=true, Emulator__Auth__Keys__0=key-ci,
#   Emulator__ScenarioFile=/scenarios/scenario.json (mount the file there, read-only).
# OpenTelemetry: OTEL_EXPORTER_OTLP_ENDPOINT (plus OTEL_EXPORTER_OTLP_PROTOCOL etc.) turns OTLP export on.
# The port: ASPNETCORE_HTTP_PORTS (or ASPNETCORE_URLS), not command arguments, so that the
# HEALTHCHECK below, which reads the same environment, follows it.
ENV ASPNETCORE_HTTP_PORTS=5080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 5080

# Non-root: the official images' `app` user (uid 1654); APP_UID is set by those images.
ARG APP_UID=1654
USER ${APP_UID}

# The runtime image has no curl or wget, so the emulator probes itself: `--health-check` reads the
# same configuration as the server (ASPNETCORE_HTTP_PORTS, ASPNETCORE_URLS, Kestrel endpoints), asks
# /health there and exits 0 only on 200. A port hard-coded here would break as soon as the port is
# configured (WireMock's image has that bug). Exec form: no shell needed.
HEALTHCHECK --interval=5s --timeout=3s --start-period=10s --retries=3 \
    CMD ["dotnet", "/app/FaceEmulator.dll", "--health-check"]

ENTRYPOINT ["dotnet", "/app/FaceEmulator.dll"]
