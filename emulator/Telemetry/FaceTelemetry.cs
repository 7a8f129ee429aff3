using System.Diagnostics;

namespace FaceEmulator.Telemetry;

/// <summary>
/// The names of the emulator's OpenTelemetry signals: one <see cref="ActivitySource"/> and one meter, both named
/// <see cref="Name"/>. Listen with <c>AddSource(FaceTelemetry.Name)</c> and <c>AddMeter(FaceTelemetry.Name)</c>;
/// with nobody listening, spans are never created and instruments record nothing.
/// </summary>
public static class FaceTelemetry
{
    /// <summary>The ActivitySource's and the Meter's name.</summary>
    public const string Name = "FaceEmulator";

    /// <summary>Span attributes; metrics use the same keys for their tags.</summary>
    public const string OperationTag = "faceemulator.operation";
    public const string ApiVersionTag = "faceemulator.api_version";

    /// <summary>The tenant's <c>subscription-id</c>: a hash of the key, never the key itself.</summary>
    public const string TenantTag = "faceemulator.tenant";
    public const string SessionIdTag = "faceemulator.session_id";

    /// <summary>The attempt's liveness decision (<c>realface</c>, <c>spoofface</c>, …), or its error code.</summary>
    public const string DecisionTag = "faceemulator.decision";

    /// <summary>The id of the <c>/__admin/faults</c> rule that answered instead of the emulator.</summary>
    public const string FaultTag = "faceemulator.fault";
    public const string StatusCodeTag = "http.response.status_code";

    /// <summary>Instruments.</summary>
    public const string SessionsCreated = "faceemulator.sessions.created";
    public const string Attempts = "faceemulator.attempts";
    public const string FaultsInjected = "faceemulator.faults.injected";
    public const string LiveSessions = "faceemulator.sessions.live";
    public const string LiveTenants = "faceemulator.tenants.live";

    internal static ActivitySource Source { get; } = new(Name, Admin.Info.InfoAdminApi.EmulatorVersion);
}
