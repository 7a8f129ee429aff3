namespace FaceEmulator.Testing;

/// <summary>
/// <c>GET /__admin/info</c>: what a running emulator is and serves (docs/control-plane.md, "Info"). The emulator only
/// ever adds members, so this reads what it knows and ignores the rest.
/// </summary>
public sealed record EmulatorInfo(
    string Name,
    string Version,
    IReadOnlyList<EmulatorApiVersion> ApiVersions,
    EmulatorStore Store,
    IReadOnlyList<AzureDifference> DifferencesFromAzure);

/// <summary>A served Face API version and its operations.</summary>
public sealed record EmulatorApiVersion(string Name, bool Preview, IReadOnlyList<EmulatorOperation> Operations);

/// <param name="Auth"><c>key</c> (subscription key or bearer token) or <c>sessionToken</c> (device-side calls).</param>
public sealed record EmulatorOperation(string Name, string Method, string Path, string Auth);

/// <summary>Where state lives and how much of it there is now.</summary>
public sealed record EmulatorStore(string Kind, int Tenants, int Sessions, int JournalCapacity);

/// <summary>One bullet of README's (or a doc's) "Differences from Azure", as Markdown on one line.</summary>
public sealed record AzureDifference(string Source, string? Title, string Text);
