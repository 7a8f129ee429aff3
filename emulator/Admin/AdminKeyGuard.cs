using FaceEmulator.Auth;
using FaceEmulator.Errors;
using Microsoft.Extensions.Options;

namespace FaceEmulator.Admin;

/// <summary>
/// Admits calls that span tenants. A tenant's subscription key reaches only its own tenant, so these need the
/// separate admin key; without one configured they are refused, whoever asks.
/// </summary>
internal sealed class AdminKeyGuard(IOptions<AdminOptions> options)
{
    public const string Header = "x-emulator-admin-key";

    private readonly byte[]? _keyHash = string.IsNullOrEmpty(options.Value.Key) ? null : SecretComparer.Hash(options.Value.Key);

    /// <returns><see langword="null"/> when the request carries the configured admin key; otherwise the refusal.</returns>
    public FaceError? Check(HttpRequest request)
    {
        if (_keyHash is null)
        {
            return FaceErrors.AdminKeyNotConfigured;
        }

        var presented = request.Headers[Header].ToString();
        return presented.Length > 0 && SecretComparer.Matches(presented, _keyHash) ? null : FaceErrors.InvalidAdminKey;
    }
}
