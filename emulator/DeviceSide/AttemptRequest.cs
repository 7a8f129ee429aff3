using FaceEmulator.Decisions;
using FaceEmulator.Sessions;

namespace FaceEmulator.DeviceSide;

/// <summary>One attempt to record, from the device side or from the admin attempt endpoint.</summary>
/// <param name="Explicit">The outcome the caller named (admin only); null lets scripts, rules and the default decide.</param>
/// <param name="Body">The request body, hashed into the digest.</param>
/// <param name="Frame">The image the device sent, if any; kept as the session image.</param>
/// <param name="RequireCorrelationIds">True for device calls: a session created with <c>…SetInClient</c> must have its ids by now.</param>
/// <param name="FrameFace">The default face of <paramref name="Frame"/>, read from its header before any lock (Images/DeviceFrame).</param>
internal sealed record AttemptRequest(
    LivenessOutcome? Explicit,
    byte[] Body,
    byte[]? Frame,
    AuditRequest Audit,
    string? ClientIp,
    string? DeviceCorrelationId,
    string? UserCorrelationId,
    bool RequireCorrelationIds,
    FaceRectangle? FrameFace = null);
