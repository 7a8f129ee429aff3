using FaceEmulator.Errors;
using FaceEmulator.Sessions;

namespace FaceEmulator.DeviceSide;

/// <summary>
/// What session/start does to a session: the start time, once, and the correlation ids a session created
/// with <c>deviceCorrelationIdSetInClient</c> / <c>userCorrelationIdSetInClient</c> expects from the device.
/// </summary>
internal static class SessionStarter
{
    public static (SessionRecord? Session, FaceError? Error) Start(
        SessionRecord session, DateTimeOffset now, string? deviceCorrelationId, string? userCorrelationId, bool require)
    {
        var parameters = session.Parameters;
        if (parameters.DeviceCorrelationIdSetInClient)
        {
            var device = deviceCorrelationId ?? NullIfEmpty(parameters.DeviceCorrelationId);
            if ((require && device is null) || device?.Length > SessionRequestValidator.MaxCorrelationIdLength)
            {
                return (null, FaceErrors.InvalidDeviceCorrelationId);
            }

            parameters = parameters with { DeviceCorrelationId = device ?? parameters.DeviceCorrelationId };
        }

        if (parameters.UserCorrelationIdSetInClient)
        {
            var user = userCorrelationId ?? NullIfEmpty(parameters.UserCorrelationId);
            if ((require && user is null) || user?.Length > SessionRequestValidator.MaxCorrelationIdLength)
            {
                return (null, FaceErrors.InvalidUserCorrelationId);
            }

            parameters = parameters with { UserCorrelationId = user ?? parameters.UserCorrelationId };
        }

        return (session with { StartedAt = session.StartedAt ?? now, Parameters = parameters }, null);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
