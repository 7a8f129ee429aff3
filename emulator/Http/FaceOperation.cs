using FaceEmulator.Versions;

namespace FaceEmulator.Http;

/// <summary>
/// Endpoint metadata: the Azure operation name (as in Face.json, used by faults and the journal) and the
/// versions that have it. A version without the operation answers 404, as Azure does for unknown routes.
/// </summary>
/// <param name="RequiresSubscriptionKey">False for the device-side calls, which use the session token instead.</param>
internal sealed record FaceOperation(string Name, Func<ApiVersion, bool> IsAvailableIn, bool RequiresSubscriptionKey = true);

internal static class FaceOperationExtensions
{
    public static RouteHandlerBuilder WithOperation(this RouteHandlerBuilder builder, string name, Func<ApiVersion, bool> availableIn) =>
        builder.WithMetadata(new FaceOperation(name, availableIn)).WithSummary(name);

    public static bool IsClassic(this ApiVersion version) => version.Family == ApiFamily.Classic;

    public static bool IsAttempts(this ApiVersion version) => version.Family == ApiFamily.Attempts;
}
