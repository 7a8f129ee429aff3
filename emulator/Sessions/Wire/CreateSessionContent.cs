namespace FaceEmulator.Sessions.Wire;

/// <summary>
/// The create body of every version, as one tolerant shape: each version's validator reads only
/// the fields its contract has. Unknown members are ignored, as Azure ignores them.
/// </summary>
internal sealed record CreateSessionContent
{
    public string? LivenessOperationMode { get; init; }

    public TextualBoolean? SendResultsToClient { get; init; }

    public TextualBoolean? DeviceCorrelationIdSetInClient { get; init; }

    public TextualBoolean? EnableSessionImage { get; init; }

    /// <summary>v1.2-preview.1 name of the model selector.</summary>
    public string? LivenessSingleModalModel { get; init; }

    /// <summary>v1.2+ name of the model selector.</summary>
    public string? LivenessModelVersion { get; init; }

    public string? DeviceCorrelationId { get; init; }

    public int? AuthTokenTimeToLiveInSeconds { get; init; }

    public TextualBoolean? ReturnVerifyImageHash { get; init; }

    public double? VerifyConfidenceThreshold { get; init; }

    public int? NumberOfClientAttemptsAllowed { get; init; }

    public string? UserCorrelationId { get; init; }

    public TextualBoolean? UserCorrelationIdSetInClient { get; init; }

    public string? ExpectedClientIpAddress { get; init; }

    /// <summary>Whether any boolean came as a JSON string, which only the classic versions accept.</summary>
    public bool HasTextualBooleans =>
        SendResultsToClient?.IsText == true || DeviceCorrelationIdSetInClient?.IsText == true || EnableSessionImage?.IsText == true
        || ReturnVerifyImageHash?.IsText == true || UserCorrelationIdSetInClient?.IsText == true;
}
