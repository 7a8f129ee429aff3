using System.Diagnostics.CodeAnalysis;

namespace FaceEmulator.Versions;

/// <summary>One published Face API version and what its liveness contract contains.</summary>
internal sealed record ApiVersion(
    string Name,
    ApiFamily Family,
    bool HasSessionImages,
    bool HasClientAttemptSettings,
    string DefaultModelVersion)
{
    public static readonly ApiVersion V1_1Preview1 = new("v1.1-preview.1", ApiFamily.Classic, false, false, "2022-10-15-preview.04");
    public static readonly ApiVersion V1_2Preview1 = new("v1.2-preview.1", ApiFamily.Classic, true, false, "2022-10-15-preview.04");
    public static readonly ApiVersion V1_2 = new("v1.2", ApiFamily.Attempts, true, false, "2024-11-15");

    // The v1.3-preview.1 service reported 2025-05-20 (recordings/net/v1.3-preview.1/TestCreateLivenessSession.json).
    public static readonly ApiVersion V1_3Preview1 = new("v1.3-preview.1", ApiFamily.Attempts, true, true, "2025-05-20");

    /// <summary>Every supported version, oldest first.</summary>
    public static IReadOnlyList<ApiVersion> All { get; } = [V1_1Preview1, V1_2Preview1, V1_2, V1_3Preview1];

    public static ApiVersion Newest => All[^1];

    public static string SupportedList { get; } = string.Join(", ", All.Select(v => v.Name));

    /// <summary>Azure matches paths case-insensitively, the version segment included.</summary>
    public static bool TryFind(string name, [NotNullWhen(true)] out ApiVersion? version)
    {
        version = All.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));
        return version is not null;
    }

    /// <summary>A version string that looks like a Face version (<c>v1.4</c>, <c>v2.0-preview.3</c>), used by loose mode.</summary>
    public static bool LooksLikeVersion(string name) =>
        name.Length is > 1 and <= 32 && (name[0] is 'v' or 'V') && char.IsAsciiDigit(name[1]);

    public bool IsPreview => Name.Contains("preview", StringComparison.Ordinal);

    public override string ToString() => Name;

    /// <summary>Lets minimal-API handlers take an <see cref="ApiVersion"/>; the version middleware resolved it.</summary>
    public static ValueTask<ApiVersion?> BindAsync(HttpContext context) => ValueTask.FromResult(context.Features.Get<ApiVersion>());
}
