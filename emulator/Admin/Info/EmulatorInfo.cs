using FaceEmulator.Tenancy;

namespace FaceEmulator.Admin.Info;

/// <summary>
/// The body of <c>GET /__admin/info</c>: what this emulator is and serves, for tools (the faceemu console, the
/// Testcontainers module, the Aspire integration) that must not parse README. Members are only ever added.
/// </summary>
/// <param name="Name">Always <c>FaceEmulator</c>.</param>
/// <param name="Version">The emulator's informational version (package version, plus the commit when known).</param>
/// <param name="ApiVersions">Every served Face API version, oldest first, with its operations.</param>
/// <param name="Store">Where sessions live and how many there are now.</param>
/// <param name="Limits">The active <c>Emulator:Limits</c> values.</param>
/// <param name="DifferencesFromAzure">README's "Differences from Azure" list and the docs' lists that extend it.</param>
internal sealed record EmulatorInfo(
    string Name,
    string Version,
    IReadOnlyList<ApiVersionInfo> ApiVersions,
    StoreInfo Store,
    LimitsOptions Limits,
    IReadOnlyList<AzureDifference> DifferencesFromAzure);

/// <param name="Preview">Whether Azure marks the version as a preview.</param>
internal sealed record ApiVersionInfo(string Name, bool Preview, IReadOnlyList<OperationInfo> Operations);

/// <param name="Name">Azure's operation id, as used by <c>/__admin/faults</c> and the request journal.</param>
/// <param name="Path">The route with the version filled in, e.g. <c>/face/v1.2/detectLiveness-sessions/{sessionId}</c>.</param>
/// <param name="Auth"><c>key</c> (subscription key or bearer token) or <c>sessionToken</c> (device-side calls).</param>
internal sealed record OperationInfo(string Name, string Method, string Path, string Auth);

/// <param name="Kind">Always <c>in-memory</c>: state lives in the process and goes with it.</param>
/// <param name="JournalCapacity">Request-journal entries kept per tenant.</param>
internal sealed record StoreInfo(string Kind, int Tenants, int Sessions, int JournalCapacity);

/// <param name="Source">The document the bullet comes from: <c>README.md</c> or <c>docs/….md</c>.</param>
/// <param name="Title">The bullet's bold lead without its final period, or null when it has none.</param>
/// <param name="Text">The whole bullet as Markdown, on one line.</param>
internal sealed record AzureDifference(string Source, string? Title, string Text);
