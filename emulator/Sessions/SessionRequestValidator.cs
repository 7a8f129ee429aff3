using System.Net;
using FaceEmulator.Errors;
using FaceEmulator.Sessions.Wire;
using FaceEmulator.Versions;

namespace FaceEmulator.Sessions;

/// <summary>
/// Checks a create body against one version's contract and applies its defaults. Fields the version
/// does not have are ignored, as Azure ignores unknown members.
/// </summary>
internal static class SessionRequestValidator
{
    public const int MaxCorrelationIdLength = 64;

    public static (SessionParameters? Parameters, FaceError? Error) Validate(CreateSessionContent content, ApiVersion version, SessionKind kind)
    {
        // The classic versions take "true"/"false" strings, as the Learn tutorial's v1.1-preview.1 curl sends them.
        if (string.IsNullOrEmpty(content.LivenessOperationMode) || (content.HasTextualBooleans && version.Family != ApiFamily.Classic))
        {
            return (null, FaceErrors.InvalidRequestBody);
        }

        // Enum values are matched case-insensitively: the Learn tutorial sends "passiveactive".
        string? mode = content.LivenessOperationMode.ToUpperInvariant() switch
        {
            "PASSIVE" => "Passive",
            "PASSIVEACTIVE" => "PassiveActive",
            _ => null,
        };
        if (mode is null)
        {
            return (null, FaceErrors.InvalidLivenessOperationMode);
        }

        if (content.AuthTokenTimeToLiveInSeconds is < 60 or > 86_400)
        {
            return (null, FaceErrors.InvalidTokenLifetime);
        }

        var deviceIdInClient = content.DeviceCorrelationIdSetInClient?.Value ?? false;
        if ((!deviceIdInClient && string.IsNullOrEmpty(content.DeviceCorrelationId))
            || content.DeviceCorrelationId?.Length > MaxCorrelationIdLength)
        {
            return (null, FaceErrors.InvalidDeviceCorrelationId);
        }

        var isV13 = version.HasClientAttemptSettings;
        var withVerify = kind == SessionKind.LivenessWithVerify;
        if (isV13 && CheckV13Fields(content) is { } v13Error)
        {
            return (null, v13Error);
        }

        if (withVerify && version.HasSessionImages && content.VerifyConfidenceThreshold is < 0 or > 1)
        {
            return (null, FaceErrors.InvalidVerifyConfidenceThreshold);
        }

        var requestedModel = version.Family == ApiFamily.Classic
            ? (version.HasSessionImages ? content.LivenessSingleModalModel : null)
            : content.LivenessModelVersion;
        var model = requestedModel is null ? null : LivenessModels.Find(version, requestedModel);
        if (requestedModel is not null && model is null)
        {
            return (null, FaceErrors.InvalidLivenessModel(LivenessModels.FieldName(version), LivenessModels.Allowed(version)));
        }

        return (new SessionParameters
        {
            LivenessOperationMode = mode,
            DeviceCorrelationId = content.DeviceCorrelationId,
            DeviceCorrelationIdSetInClient = deviceIdInClient,
            SendResultsToClient = version.Family == ApiFamily.Classic && (content.SendResultsToClient?.Value ?? false),
            EnableSessionImage = version.HasSessionImages && (content.EnableSessionImage?.Value ?? false),
            ModelVersion = model,
            AuthTokenTimeToLiveInSeconds = content.AuthTokenTimeToLiveInSeconds ?? SessionParameters.DefaultTokenTimeToLiveSeconds,
            ReturnVerifyImageHash = withVerify && version.HasSessionImages && (content.ReturnVerifyImageHash?.Value ?? false),
            VerifyConfidenceThreshold = withVerify && version.HasSessionImages ? content.VerifyConfidenceThreshold : null,
            NumberOfClientAttemptsAllowed = isV13 && content.NumberOfClientAttemptsAllowed is > 0 and int n ? n : 1,
            UserCorrelationId = isV13 ? content.UserCorrelationId : null,
            UserCorrelationIdSetInClient = isV13 && (content.UserCorrelationIdSetInClient?.Value ?? false),
            ExpectedClientIpAddress = isV13 ? content.ExpectedClientIpAddress : null,
        }, null);
    }

    private static FaceError? CheckV13Fields(CreateSessionContent content)
    {
        // 0 is what the .NET SDK always sends, and the real v1.3-preview.1 service accepted it
        // (recordings/net/v1.3-preview.1/TestCreateLivenessSession.json); it means the default, 1.
        if (content.NumberOfClientAttemptsAllowed is < 0 or > 3)
        {
            return FaceErrors.InvalidClientAttempts;
        }

        // The service answered 400 "user correlation id missing" when it was left out (official-clients note, section 6).
        var userIdInClient = content.UserCorrelationIdSetInClient?.Value ?? false;
        if ((!userIdInClient && string.IsNullOrEmpty(content.UserCorrelationId))
            || content.UserCorrelationId?.Length > MaxCorrelationIdLength)
        {
            return FaceErrors.InvalidUserCorrelationId;
        }

        if (content.ExpectedClientIpAddress is { } ip && !IPAddress.TryParse(ip, out _) && !IPNetwork.TryParse(ip, out _))
        {
            return FaceErrors.InvalidRequestBody;
        }

        return null;
    }
}
