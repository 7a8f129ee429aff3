using System.Text.Json;
using FaceEmulator.Errors;
using FaceEmulator.Sessions;
using FaceEmulator.Tenancy;
using FaceEmulator.Tokens;
using FaceEmulator.Versions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FaceEmulator.DeviceSide;

/// <summary>
/// Checks the <c>Authorization: Bearer &lt;authToken&gt;</c> of a device-side call. The signature, audience
/// and issuer are checked by the JWT library; the lifetime is checked here against the TENANT clock (so
/// moving a tenant's clock expires its tokens), and the claims tie the call to one tenant and one session.
/// Check order, first failure wins: header (401), signature (403), tenant, expiry (403), allowed path and
/// version (403), session exists and is not past 48 h (404).
/// </summary>
internal sealed class DeviceTokenValidator(SessionTokenIssuer issuer, TenantRegistry tenants)
{
    private const string BearerPrefix = "Bearer ";

    private readonly TokenValidationParameters _parameters = new()
    {
        ValidAudience = SessionTokenIssuer.Audience,
        ValidIssuer = SessionTokenIssuer.Issuer,
        IssuerSigningKey = issuer.SigningKey,
        ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
        // Wall-clock lifetime is meaningless here: each tenant has its own (movable) clock.
        ValidateLifetime = false,
    };

    /// <summary>Validates the call's token; the token's tenant, once known, becomes the request's tenant (for the journal).</summary>
    public async Task<(DeviceCaller? Caller, FaceError? Error)> ValidateAsync(HttpContext context, ApiVersion version)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (caller, tenant, error) = await CheckAsync(context.Request, version);
        if (tenant is not null)
        {
            context.Features.Set(tenant);
        }

        return (caller, error);
    }

    /// <summary>The same checks without touching the request: the caller, else the error and, if the token named one, its tenant.</summary>
    public Task<(DeviceCaller? Caller, Tenant? Tenant, FaceError? Error)> CheckAsync(HttpRequest request, ApiVersion version) =>
        CheckCoreAsync(request, version);

    /// <summary>
    /// The token's session, for the emulator's own routes outside the Face API (the web component's mode, the
    /// quick link): every check but the allowed path and version, which only Face routes have.
    /// </summary>
    public async Task<(SessionRecord? Session, Tenant? Tenant, FaceError? Error)> CheckSessionAsync(HttpRequest request)
    {
        var (caller, tenant, error) = await CheckCoreAsync(request, null);
        return (caller?.Session, tenant, error);
    }

    private async Task<(DeviceCaller? Caller, Tenant? Tenant, FaceError? Error)> CheckCoreAsync(HttpRequest request, ApiVersion? version)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) || header.Length <= BearerPrefix.Length)
        {
            return (null, null, FaceErrors.MissingSessionToken);
        }

        var result = await issuer.Handler.ValidateTokenAsync(header[BearerPrefix.Length..].Trim(), _parameters);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken token
            || !token.TryGetPayloadValue<string>("subscription-id", out var subscriptionId)
            || !token.TryGetPayloadValue<string>("sid", out var sessionId)
            || !token.TryGetPayloadValue<long>("exp", out var expires)
            || !token.TryGetPayloadValue<string>("allowed-paths", out var allowedPaths))
        {
            return (null, null, FaceErrors.InvalidSessionToken);
        }

        // A tenant that was reset has lost its sessions: the token's session no longer exists.
        if (tenants.FindBySubscriptionId(subscriptionId) is not { } tenant)
        {
            return (null, null, FaceErrors.SessionNotFound);
        }

        var now = tenant.Clock.GetUtcNow();
        if (now.ToUnixTimeSeconds() >= expires)
        {
            return (null, tenant, FaceErrors.SessionTokenExpired);
        }

        if (version is not null && !IsAllowed(allowedPaths, request))
        {
            return (null, tenant, FaceErrors.PathNotAllowed);
        }

        if (tenant.Sessions.Find(sessionId) is not { } session || session.IsExpiredAt(now))
        {
            return (null, tenant, FaceErrors.SessionNotFound);
        }

        // allowed-paths already names the version; this also covers a session whose token was re-issued.
        version ??= ApiVersion.TryFind(session.CreatedInVersion, out var created) ? created : null;
        return version is not null && string.Equals(session.CreatedInVersion, version.Name, StringComparison.OrdinalIgnoreCase)
            ? (new DeviceCaller(tenant, session, version), tenant, null)
            : (null, tenant, FaceErrors.PathNotAllowed);
    }

    /// <summary>The <c>allowed-paths</c> claim is a JSON string of <c>[{"path","method",...}]</c> (recordings README, fact 21).</summary>
    private static bool IsAllowed(string allowedPaths, HttpRequest request)
    {
        var path = request.Path.Value?.TrimStart('/') ?? string.Empty;
        try
        {
            using var json = JsonDocument.Parse(allowedPaths);
            return json.RootElement.ValueKind == JsonValueKind.Array && json.RootElement.EnumerateArray().Any(entry =>
                entry.ValueKind == JsonValueKind.Object
                && entry.TryGetProperty("path", out var p) && string.Equals(p.GetString(), path, StringComparison.OrdinalIgnoreCase)
                && entry.TryGetProperty("method", out var m) && string.Equals(m.GetString(), request.Method, StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return false;
        }
    }
}
