using System.Security.Cryptography;
using System.Text;
using FaceEmulator.Errors;
using FaceEmulator.Http;
using FaceEmulator.Sessions;
using FaceEmulator.Tenancy;
using FaceEmulator.Versions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceEmulator.Settings;

/// <summary>v1.3-preview.1 resource settings: abuse monitoring and the client-assets token.</summary>
internal static class SettingsApi
{
    /// <summary>How long a client-assets token lasts. Azure does not document it; the emulator picks a day.</summary>
    public static readonly TimeSpan ClientAssetsTokenLifetime = TimeSpan.FromDays(1);

    public static RouteGroupBuilder MapSettings(this RouteGroupBuilder face)
    {
        var group = face.MapGroup("/settings").WithTags("Settings");
        group.MapGet("/", Get).WithOperation("GetSettings", HasSettings);
        group.MapPatch("/", PatchAsync).WithOperation("PatchSettings", HasSettings);
        group.MapGet("/getClientAssetsAccessToken", GetClientAssetsAccessToken).WithOperation("GetClientAssetsAccessToken", HasSettings);
        return face;
    }

    private static bool HasSettings(ApiVersion version) => version.HasClientAttemptSettings;

    internal static Ok<SettingsModel> Get(Tenant tenant) => TypedResults.Ok(View(tenant));

    internal static async Task<Results<Ok<SettingsModel>, FaceErrorResult>> PatchAsync(HttpRequest request, Tenant tenant)
    {
        if (!CreateRequestReader.IsJson(request))
        {
            return FaceErrors.UnsupportedMediaType.ToResult();
        }

        var (update, error) = await RequestBody.ReadJsonAsync(request, CreateRequestReader.MaxJsonBytes, FaceJsonContext.Default.SettingsUpdate);
        if (update is null)
        {
            return error!.ToResult();
        }

        if (update.LivenessAbuseMonitoring?.Enabled is { } enabled)
        {
            tenant.Settings.AbuseMonitoringEnabled = enabled;
        }

        return TypedResults.Ok(View(tenant));
    }

    internal static Ok<ClientAssetsAccessToken> GetClientAssetsAccessToken(Tenant tenant)
    {
        // An opaque token: Azure's is a JWT for its asset feed, which has no emulated counterpart.
        var token = $"{tenant.Ids.NewGuid()}.{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(tenant.SubscriptionId)))}";
        return TypedResults.Ok(new ClientAssetsAccessToken(
            tenant.Clock.GetUtcNow() + ClientAssetsTokenLifetime,
            token,
            Convert.ToBase64String(Encoding.UTF8.GetBytes(token))));
    }

    private static SettingsModel View(Tenant tenant) => new(new LivenessAbuseMonitoringModel(tenant.Settings.AbuseMonitoringEnabled));
}
