using FaceEmulator.Admin.Info;
using FaceEmulator.Clock;
using FaceEmulator.Faults;
using FaceEmulator.Journal;
using FaceEmulator.Scenarios;
using FaceEmulator.Tenancy;

namespace FaceEmulator.Admin;

/// <summary>
/// The control plane's services, middleware and routes: clock, faults, request journal, reset, health,
/// scenario file and the admin OpenAPI document. EmulatorSetup calls one method of each stage.
/// </summary>
internal static class ControlPlane
{
    /// <summary>The admin OpenAPI document; the route default makes it answer at exactly <see cref="OpenApiPath"/>.</summary>
    public const string OpenApiDocumentName = "admin";
    public const string OpenApiPath = AdminRoutes.Prefix + "/openapi.json";

    public static IServiceCollection AddControlPlane(this IServiceCollection services)
    {
        services.AddOptions<JournalOptions>().BindConfiguration(JournalOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ScenarioOptions>().BindConfiguration(ScenarioOptions.SectionName);
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName);
        services.AddSingleton<AdminKeyGuard>();
        services.AddSingleton<KnownOperations>();
        services.AddSingleton<ScenarioProvider>();
        services.AddSingleton<ITenantInitializer>(sp => sp.GetRequiredService<ScenarioProvider>());
        services.AddHostedService(sp => sp.GetRequiredService<ScenarioProvider>());
        services.AddOptions<Auth.AuthOptions>().PostConfigure<ScenarioProvider>((auth, scenario) =>
        {
            foreach (var key in scenario.Scenario.Keys.Where(k => !auth.Keys.Contains(k)))
            {
                auth.Keys.Add(key);
            }
        });

        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, AdminJsonContext.Default));
        services.AddOpenApi(OpenApiDocumentName, openApi =>
        {
            // Only the emulator's own API: the Face operations are described by Azure's specification.
            openApi.ShouldInclude = description => description.RelativePath is { } path
                && (path.StartsWith(AdminRoutes.Prefix[1..], StringComparison.Ordinal) || path == HealthApi.Path[1..]);
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Face emulator control plane";
                document.Info.Description = "Per-tenant admin API: name the tenant with the Ocp-Apim-Subscription-Key header.";
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>After FaceRequestMiddleware: the journal wraps fault injection so faulted requests are recorded.</summary>
    public static IApplicationBuilder UseControlPlane(this IApplicationBuilder app) =>
        app.UseMiddleware<JournalMiddleware>().UseMiddleware<FaultInjectionMiddleware>();

    public static IEndpointRouteBuilder MapControlPlane(this IEndpointRouteBuilder app)
    {
        app.ServiceProvider.GetRequiredService<KnownOperations>().Attach(app.DataSources);
        app.MapAdminGroup()
            .MapClockAdmin()
            .MapFaultsAdmin()
            .MapRequestsAdmin()
            .MapResetAdmin()
            .MapInfoAdmin();
        app.MapHealth();
        app.MapOpenApi(OpenApiPath + "/{documentName=" + OpenApiDocumentName + "}");
        return app;
    }
}
