namespace FaceEmulator.Sessions;

/// <summary>What the app server asked for at create, validated and with defaults applied.</summary>
internal sealed record SessionParameters
{
    public const int DefaultTokenTimeToLiveSeconds = 600;

    public required string LivenessOperationMode { get; init; }

    public string? DeviceCorrelationId { get; init; }

    public bool DeviceCorrelationIdSetInClient { get; init; }

    public bool SendResultsToClient { get; init; }

    public bool EnableSessionImage { get; init; }

    /// <summary>The model the caller asked for, echoed back; null means the version's default.</summary>
    public string? ModelVersion { get; init; }

    public int AuthTokenTimeToLiveInSeconds { get; init; } = DefaultTokenTimeToLiveSeconds;

    public bool ReturnVerifyImageHash { get; init; }

    public double? VerifyConfidenceThreshold { get; init; }

    /// <summary>1..3; Azure accepts 0 (what the .NET SDK sends by default) and treats it as the default, 1.</summary>
    public int NumberOfClientAttemptsAllowed { get; init; } = 1;

    public string? UserCorrelationId { get; init; }

    public bool UserCorrelationIdSetInClient { get; init; }

    public string? ExpectedClientIpAddress { get; init; }
}
