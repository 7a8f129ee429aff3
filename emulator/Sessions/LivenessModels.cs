using FaceEmulator.Versions;

namespace FaceEmulator.Sessions;

/// <summary>
/// The model versions each API version accepts in its create body: Face.json's <c>LivenessModel</c> enum of
/// that version (../shared/reference/azure-face/openapi/), plus a value real traffic showed. Anything else is
/// 400 <c>InvalidRequestBody</c>, which also keeps an arbitrarily long string out of the session.
/// </summary>
internal static class LivenessModels
{
    private static readonly Dictionary<string, string[]> s_byVersion = new(StringComparer.Ordinal)
    {
        // v1.1-preview.1 has no model field in its create body.
        [ApiVersion.V1_2Preview1.Name] = ["2022-10-15-preview.04", "2023-12-20-preview.06"],
        [ApiVersion.V1_2.Name] = ["2024-11-15"],
        // The enum lists 2024-11-15 only; the recorded v1.3-preview.1 service answered with 2025-05-20
        // (recordings/net/v1.3-preview.1/TestCreateLivenessSession.json), so it is accepted too.
        [ApiVersion.V1_3Preview1.Name] = ["2024-11-15", "2025-05-20"],
    };

    /// <summary>The field's name in the version's create body.</summary>
    public static string FieldName(ApiVersion version) =>
        version.Family == ApiFamily.Classic ? "livenessSingleModalModel" : "livenessModelVersion";

    public static IReadOnlyList<string> Allowed(ApiVersion version) =>
        s_byVersion.TryGetValue(version.Name, out var models) ? models : [];

    /// <summary>The documented spelling of <paramref name="requested"/>, or null when the version does not accept it.</summary>
    public static string? Find(ApiVersion version, string requested) =>
        Allowed(version).FirstOrDefault(m => string.Equals(m, requested, StringComparison.OrdinalIgnoreCase));
}
