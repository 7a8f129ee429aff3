namespace FaceEmulator.Admin;

/// <summary>The credential for control-plane operations that span tenants (README, "Security model").</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Emulator:Admin";

    /// <summary>
    /// The admin key, sent in the <c>x-emulator-admin-key</c> header by calls that act on every tenant
    /// (<c>POST /__admin/reset?all=true</c>). Defaults to none: such calls are refused until it is set.
    /// </summary>
    public string? Key { get; set; }
}
