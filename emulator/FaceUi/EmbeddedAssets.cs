using System.Collections.Concurrent;

namespace FaceEmulator.FaceUi;

/// <summary>
/// Files compiled into the emulator (see FaceEmulator.csproj): the web component, whose one source lives in
/// tools/face-ui/ beside its package.json, and the QA console. Embedded, so the packed emulator and the
/// container serve them with no content root.
/// </summary>
internal static class EmbeddedAssets
{
    public const string Component = "FaceEmulator.FaceUi.FaceLivenessDetector.js";
    public const string Console = "FaceEmulator.QaConsole.console.html";
    public const string HostedPage = "FaceEmulator.QuickLink.hosted-page.html";

    private static readonly ConcurrentDictionary<string, byte[]> s_cache = new(StringComparer.Ordinal);

    public static byte[] Read(string name) => s_cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(EmbeddedAssets).Assembly.GetManifestResourceStream(n)
            ?? throw new InvalidOperationException($"The emulator was built without its embedded file {n}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static string ReadText(string name) => System.Text.Encoding.UTF8.GetString(Read(name));
}
