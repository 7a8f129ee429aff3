namespace FaceEmulator.Auth;

/// <summary>Which subscription keys and bearer tokens the emulator accepts (README, "Security model").</summary>
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

    /// <summary>
    /// Whether <c>Authorization: Bearer</c> calls are accepted into <see cref="BearerTenant"/>. Defaults to
    /// <see langword="true"/> when <see cref="Keys"/> is empty and <see langword="false"/> when it is set: an
    /// unvalidated token must not be a way past a key list.
    /// </summary>
    public bool? AllowBearer { get; set; }

    /// <summary><see cref="AllowBearer"/>, or its default.</summary>
    public bool BearerAllowed => AllowBearer ?? Keys.Count == 0;

    /// <summary>
    /// False when a bearer token would land in the tenant of a listed key: every bearer token would then
    /// reach that key's data without knowing the key.
    /// </summary>
    public bool IsValid() => !BearerAllowed || !Keys.Contains(BearerTenant, StringComparer.Ordinal);
}
