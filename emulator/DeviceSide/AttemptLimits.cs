using FaceEmulator.Sessions;
using FaceEmulator.Versions;

namespace FaceEmulator.DeviceSide;

/// <summary>How many attempts the device side may make in one session.</summary>
internal static class AttemptLimits
{
    /// <summary>
    /// Previews: "Ability to call /detectLiveness/singleModal for up to 3 retries" (Face.json v1.1/v1.2-preview),
    /// read as 3 attempts. v1.2 dropped that sentence and has no setting; its tokens keep <c>quota: 3</c> for the
    /// detect path (recordings README, fact 21), so 3 again. v1.3: the session's numberOfClientAttemptsAllowed
    /// (default 1, max 3).
    /// </summary>
    public const int WithoutSetting = 3;

    public static int For(SessionRecord session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return ApiVersion.TryFind(session.CreatedInVersion, out var version) && version.HasClientAttemptSettings
            ? session.Parameters.NumberOfClientAttemptsAllowed
            : WithoutSetting;
    }
}
