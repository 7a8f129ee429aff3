using FaceEmulator.Admin;
using FaceEmulator.Auth;
using FaceEmulator.Decisions;
using FaceEmulator.Decisions.Rules;
using FaceEmulator.Determinism;
using FaceEmulator.DeviceSide;
using FaceEmulator.Errors;
using FaceEmulator.FaceUi;
using FaceEmulator.Http;
using FaceEmulator.Images;
using FaceEmulator.Images.Detection;
using FaceEmulator.Sessions;
using FaceEmulator.Settings;
using FaceEmulator.Telemetry;
using FaceEmulator.Tenancy;
using FaceEmulator.Tokens;
using FaceEmulator.Versions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceEmulator;

/// <summary>
/// Wires the emulator: services per feature, the middleware pipeline, and the route table. Public so a
/// host other than Program.cs (FaceEmulator.Testing's in-process host) can build the same emulator.
/// </summary>
public static class EmulatorSetup
{
    /// <summary>The default address: <c>--urls</c>, <c>ASPNETCORE_URLS</c> or <c>ASPNETCORE_HTTP_PORTS</c> override it.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplicationBuilder AddFaceEmulator(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        if (string.IsNullOrEmpty(config["urls"]) && string.IsNullOrEmpty(config["http_ports"]) && string.IsNullOrEmpty(config["https_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var services = builder.Services;
        services.AddEmulatorLimits();

        services.AddOptions<DeterminismOptions>().BindConfiguration(DeterminismOptions.SectionName);
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName)
            .Validate(o => o.IsValid(), "Emulator:Auth:BearerTenant must not be one of Emulator:Auth:Keys while bearer tokens are allowed.")
            .ValidateOnStart();
        services.AddOptions<VersionOptions>().BindConfiguration(VersionOptions.SectionName);
        services.AddOptions<ResponseOptions>().BindConfiguration(ResponseOptions.SectionName);

        // Time, ids and chance: the only sources (see Determinism/). Tests replace TimeProvider.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IIdGenerator>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DeterminismOptions>>().Value;
            return new IdGenerator(options.EffectiveIdMode, new SeededRandomSource(options.EffectiveSeed ?? 0));
        });
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<TenantKeyResolver>();

        // Sessions and images.
        services.AddSingleton<SessionTokenIssuer>();
        services.AddSingleton<SessionCreator>();
        services.AddSingleton<IVerifyImageInspector, VerifyImageInspector>();

        // Decisions: the rule engine; registration order is precedence order (docs/device-side.md).
        services.AddOptions<DecisionOptions>().BindConfiguration(DecisionOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => ScenarioCatalog.Find(o.DefaultScenario) is not null, "Emulator:Decisions:DefaultScenario must name a catalogued scenario.")
            .ValidateOnStart();
        services.AddSingleton<ILivenessRule, ExplicitOutcomeRule>();
        services.AddSingleton<ILivenessRule, SessionScriptRule>();
        services.AddSingleton<ILivenessRule, TenantRulesRule>();
        services.AddSingleton<ILivenessRule, DefaultScenarioRule>();
        services.AddSingleton<DecisionEngine>();

        // Device side: session-token calls and the attempt recorder they share with /__admin.
        services.AddSingleton<DeviceTokenValidator>();
        services.AddSingleton<AttemptRecorder>();

        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, FaceJsonContext.Default);
            json.SerializerOptions.TypeInfoResolverChain.Insert(1, DecisionsJsonContext.Default);
        });

        // Control plane: clock, faults, journal, reset, health, scenario file, admin OpenAPI.
        services.AddControlPlane();

        // Frontend: the stand-in web component, quick link and QA console (docs/web-component.md).
        services.AddFrontend();

        // OpenTelemetry: spans, metrics and logs per operation; exported over OTLP only when an endpoint is configured.
        builder.AddFaceTelemetry();

        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(json =>
            json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull);
        return builder;
    }

    public static WebApplication UseFaceEmulator(this WebApplication app)
    {
        // Azure accepts a doubled leading slash (recordings README, fact 3: Java clients send //face/...).
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value;
            if (path is not null && path.StartsWith("//", StringComparison.Ordinal))
            {
                context.Request.Path = new PathString("/" + path.TrimStart('/'));
            }

            return next(context);
        });
        app.UseMiddleware<ContentLengthMiddleware>();
        app.UseMiddleware<AzureHeadersMiddleware>();
        app.UseMiddleware<ErrorEnvelopeMiddleware>();
        app.UseStatusCodePages(StatusCodeEnvelope.WriteAsync);
        app.UseMiddleware<CrossSiteRequestMiddleware>();
        app.UseRouting();
        // After routing (CORS is per endpoint) and before the Face middleware, so preflights are answered first.
        app.UseCors();
        app.UseMiddleware<TelemetryMiddleware>();
        app.UseMiddleware<FaceRequestMiddleware>();
        app.UseMiddleware<DeviceTenantMiddleware>();
        app.UseControlPlane();
        return app;
    }

    public static WebApplication MapFaceEmulator(this WebApplication app)
    {
        var face = app.MapGroup(FaceApi.Prefix);
        face.MapClassicSessions();
        face.MapSessions();
        face.MapSettings();
        face.MapDeviceSide();
        face.MapSessionImages();
        face.MapDetect();
        app.MapDecisionsAdmin();
        app.MapAdminAttempts();

        app.MapControlPlane();
        app.MapFrontend();
        app.MapFallback(() => FaceErrors.ResourceNotFound.ToResult());
        return app;
    }
}
