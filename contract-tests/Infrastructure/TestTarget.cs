namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>What the suite talks to.</summary>
public enum TargetKind
{
    /// <summary>The emulator hosted in the test process (default).</summary>
    InProcess,

    /// <summary>An emulator already running elsewhere: <c>FACE_EMULATOR_URL</c>.</summary>
    Url,

    /// <summary>A real Azure Face resource: <c>FACE_ENDPOINT</c> and <c>FACE_KEY</c>.</summary>
    Live,
}

/// <summary>
/// The target of this run, read once from the environment. Every client the suite makes goes through
/// <see cref="Emulator.Client"/>, which asks this record where to send requests and which key to use.
/// </summary>
public sealed record TestTarget(TargetKind Kind, Uri? BaseAddress, string KeyPrefix, string? LiveKey)
{
    public static TestTarget Current { get; } = FromEnvironment(Environment.GetEnvironmentVariable);

    public bool IsInProcess => Kind == TargetKind.InProcess;

    public bool IsLive => Kind == TargetKind.Live;

    /// <summary>The subscription key sent for the suite's logical <paramref name="key"/>.</summary>
    public string KeyFor(string key) => Kind switch
    {
        TargetKind.Live => LiveKey!,
        _ => KeyPrefix + key,
    };

    public string Describe() => Kind switch
    {
        TargetKind.InProcess => "the in-process emulator",
        TargetKind.Url => $"the emulator at {BaseAddress}",
        _ => $"Azure (live mode) at {BaseAddress}",
    };

    public static TestTarget FromEnvironment(Func<string, string?> env)
    {
        var url = Nonblank(env("FACE_EMULATOR_URL"));
        var endpoint = Nonblank(env("FACE_ENDPOINT"));
        var key = Nonblank(env("FACE_KEY"));
        var prefix = env("FACE_KEY_PREFIX") ?? "";

        if (url is not null && endpoint is not null)
        {
            throw new InvalidOperationException("Set FACE_EMULATOR_URL (a running emulator) or FACE_ENDPOINT + FACE_KEY (real Azure), not both.");
        }

        if (endpoint is not null)
        {
            return key is null
                ? throw new InvalidOperationException("FACE_ENDPOINT is set but FACE_KEY is not: live mode needs the resource's key.")
                : new TestTarget(TargetKind.Live, Absolute("FACE_ENDPOINT", endpoint), "", key);
        }

        return url is null
            ? new TestTarget(TargetKind.InProcess, null, prefix, null)
            : new TestTarget(TargetKind.Url, Absolute("FACE_EMULATOR_URL", url), prefix, null);
    }

    private static string? Nonblank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Uri Absolute(string name, string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new InvalidOperationException($"{name} must be an absolute http(s) URL, not '{value}'.");
}
