namespace FaceEmulator.Auth;

/// <summary>Which subscription keys the emulator accepts.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Emulator:Auth";

    /// <summary>
    /// When empty (the default) any non-empty key is accepted and becomes its own tenant.
    /// When set, only these keys are accepted; any other gets Azure's 401.
    /// </summary>
    public IList<string> Keys { get; } = [];

    /// <summary>
    /// The tenant used for <c>Authorization: Bearer</c> (Entra ID) requests, whose tokens the emulator
    /// does not validate. Defaults to <c>entra</c>.
    /// </summary>
    public string BearerTenant { get; set; } = "entra";
}
