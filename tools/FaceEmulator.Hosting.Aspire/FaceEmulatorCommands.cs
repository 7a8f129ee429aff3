using System.Xml;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using FaceEmulator.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaceEmulator.Hosting.Aspire;

/// <summary>The dashboard commands, through FaceEmulator.Testing's admin client, for the resource's tenant (its key).</summary>
public static class FaceEmulatorCommands
{
    public const string ResetTenant = "face-reset-tenant";
    public const string AdvanceClock = "face-advance-clock";
    public const string OpenConsole = "face-open-console";
    public const string ShowInfo = "face-show-info";

    /// <summary>The QA console's path (another part of the emulator serves it).</summary>
    public const string ConsolePath = "/__admin/console";

    internal static IResourceBuilder<FaceEmulatorResource> WithFaceEmulatorCommands(this IResourceBuilder<FaceEmulatorResource> builder)
    {
        var resource = builder.Resource;
        return builder
            .WithCommand(ResetTenant, "Reset tenant", context => RunAsync(resource, context, async (admin, ct) =>
            {
                await admin.ResetAsync(ct).ConfigureAwait(false);
                return $"Tenant '{resource.Key}' reset: sessions, clock, scripts, rules, faults and journal.";
            }), new CommandOptions
            {
                Description = "Forget the tenant's sessions, clock, scripts, rules, faults and request journal.",
                ConfirmationMessage = "Reset the emulator tenant?",
                IconName = "ArrowReset",
                UpdateState = WhenHealthy,
            })
            .WithCommand(AdvanceClock, "Advance clock", context => RunAsync(resource, context, async (admin, ct) =>
            {
                var by = ReadDuration(context);
                var clock = await admin.Clock.AdvanceAsync(by, ct).ConfigureAwait(false);
                return $"The tenant's clock is now {clock.Now:O}{(clock.Frozen ? " (frozen)" : string.Empty)}.";
            }), new CommandOptions
            {
                Description = "Move the tenant's virtual clock forward, e.g. past a token's TTL.",
                Arguments =
                [
                    new InteractionInput
                    {
                        Name = "by", Label = "Advance by", InputType = InputType.Text, Required = true,
                        Value = "PT5M", Placeholder = "ISO 8601 duration, e.g. PT5M or P2D",
                    },
                ],
                IconName = "Clock",
                UpdateState = WhenHealthy,
            })
            .WithCommand(ShowInfo, "Show emulator info", context => RunAsync(resource, context, async (admin, ct) =>
                Describe(await admin.GetInfoAsync(ct).ConfigureAwait(false))), new CommandOptions
            {
                Description = "The emulator's version, API versions, store and differences from Azure (GET /__admin/info).",
                IconName = "Info",
                UpdateState = WhenHealthy,
            })
            .WithCommand(OpenConsole, "Open QA console", context => Task.FromResult(OpenConsoleResult(resource)), new CommandOptions
            {
                Description = "The emulator's QA console, at " + ConsolePath + ".",
                IconName = "Open",
                UpdateState = WhenHealthy,
            })
            .WithUrls(context =>
            {
                if (resource.PrimaryEndpoint.IsAllocated)
                {
                    context.Urls.Add(new ResourceUrlAnnotation { Url = ConsoleUrl(resource).ToString(), DisplayText = "QA console" });
                }
            });
    }

    /// <summary>The console link; the dashboard shows it as Markdown (commands cannot open a browser tab themselves).</summary>
    internal static ExecuteCommandResult OpenConsoleResult(FaceEmulatorResource resource)
    {
        var url = ConsoleUrl(resource);
        return CommandResults.Success($"QA console: {url}", $"[Open the QA console]({url})", CommandResultFormat.Markdown);
    }

    internal static string Describe(EmulatorInfo info) =>
        $"{info.Name} {info.Version}: API versions {string.Join(", ", info.ApiVersions.Select(v => v.Name))}; " +
        $"store {info.Store.Kind} ({info.Store.Sessions} sessions); {info.DifferencesFromAzure.Count} differences from Azure (GET /__admin/info).";

    internal static Uri ConsoleUrl(FaceEmulatorResource resource) => new(new Uri(resource.PrimaryEndpoint.Url), ConsolePath);

    private static TimeSpan ReadDuration(ExecuteCommandContext context)
    {
        var text = context.Arguments?.FirstOrDefault(a => a.Name == "by")?.Value;
        if (string.IsNullOrWhiteSpace(text))
        {
            return TimeSpan.FromMinutes(5);
        }

        try
        {
            return XmlConvert.ToTimeSpan(text.Trim());
        }
        catch (FormatException)
        {
            return TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var span)
                ? span
                : throw new FormatException($"'{text}' is not a duration (PT5M, P2D or 00:05:00).");
        }
    }

    private static ResourceCommandState WhenHealthy(UpdateCommandStateContext context) =>
        context.ResourceSnapshot.HealthStatus is HealthStatus.Healthy ? ResourceCommandState.Enabled : ResourceCommandState.Disabled;

    private static async Task<ExecuteCommandResult> RunAsync(FaceEmulatorResource resource, ExecuteCommandContext context,
        Func<FaceEmulatorClient, CancellationToken, Task<string>> action)
    {
        using var http = FaceEmulatorClient.CreateHttpClient(new Uri(resource.PrimaryEndpoint.Url), resource.Key);
        try
        {
            return CommandResults.Success(await action(new FaceEmulatorClient(http), context.CancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is FaceEmulatorException or HttpRequestException or FormatException)
        {
            return CommandResults.Failure(e.Message);
        }
    }
}
