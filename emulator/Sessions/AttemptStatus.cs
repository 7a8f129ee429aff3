namespace FaceEmulator.Sessions;

/// <summary>OperationState values (Azure.Core), used by sessions and attempts in v1.2+.</summary>
internal static class AttemptStatus
{
    public const string NotStarted = "NotStarted";
    public const string Running = "Running";
    public const string Succeeded = "Succeeded";
    public const string Failed = "Failed";
}
