namespace FaceEmulator.Http;

/// <summary>What every response says about the emulated resource.</summary>
public sealed class ResponseOptions
{
    public const string SectionName = "Emulator:Response";

    /// <summary>The <c>x-ms-region</c> header value. Defaults to <c>West US</c>.</summary>
    public string Region { get; set; } = "West US";

    /// <summary>The token's <c>region</c> claim: the region lower-cased, without spaces (<c>westus</c>).</summary>
    public string RegionClaim => Region.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
