namespace FaceEmulator.Sessions.Wire;

/// <summary>
/// The create body of every version, as one tolerant shape: each version's validator reads only
/// the fields its contract has. Unknown members are ignored, as Azure ignores them.
/// </summary>
internal sealed record CreateSessionContent
{
    public string? LivenessOperationMode { get; init; }

    public bool? SendResultsToClient { get; init; }

    public bool? DeviceCorrelationIdSetInClient { get; init; }

    public bool? EnableSessionImage { get; init; }

    /// <summary>v1.2-preview.1 name of the model selector.</summary>
    public string? LivenessSingleModalModel { get; init; }

    /// <summary>v1.2+ name of the model selector.</summary>
    public string? LivenessModelVersion { get; init; }

    public string? DeviceCorrelationId { get; init; }

    public int? AuthTokenTimeToLiveInSeconds { get; init; }

    public bool? ReturnVerifyImageHash { get; init; }

    public double? VerifyConfidenceThreshold { get; init; }

    public int? NumberOfClientAttemptsAllowed { get; init; }

    public string? UserCorrelationId { get; init; }

    public bool? UserCorrelationIdSetInClient { get; init; }

    public string? ExpectedClientIpAddress { get; init; }
}
