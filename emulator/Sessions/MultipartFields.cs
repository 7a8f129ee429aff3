using System.Globalization;
using FaceEmulator.Sessions.Wire;

namespace FaceEmulator.Sessions;

/// <summary>
/// Turns flattened multipart fields (v1.2+ with-verify create) into a <see cref="CreateSessionContent"/>.
/// Clients send values as text: <c>true</c>, <c>60</c>, <c>0.5</c>.
/// </summary>
internal static class MultipartFields
{
    /// <returns>The content, or <see langword="null"/> when a value has the wrong type.</returns>
    public static CreateSessionContent? ToContent(IReadOnlyDictionary<string, string> fields)
    {
        try
        {
            return new CreateSessionContent
            {
                LivenessOperationMode = Text(fields, "livenessOperationMode"),
                SendResultsToClient = Bool(fields, "sendResultsToClient"),
                DeviceCorrelationIdSetInClient = Bool(fields, "deviceCorrelationIdSetInClient"),
                EnableSessionImage = Bool(fields, "enableSessionImage"),
                LivenessSingleModalModel = Text(fields, "livenessSingleModalModel"),
                LivenessModelVersion = Text(fields, "livenessModelVersion"),
                DeviceCorrelationId = Text(fields, "deviceCorrelationId"),
                AuthTokenTimeToLiveInSeconds = Int(fields, "authTokenTimeToLiveInSeconds"),
                ReturnVerifyImageHash = Bool(fields, "returnVerifyImageHash"),
                VerifyConfidenceThreshold = Double(fields, "verifyConfidenceThreshold"),
                NumberOfClientAttemptsAllowed = Int(fields, "numberOfClientAttemptsAllowed"),
                UserCorrelationId = Text(fields, "userCorrelationId"),
                UserCorrelationIdSetInClient = Bool(fields, "userCorrelationIdSetInClient"),
                ExpectedClientIpAddress = Text(fields, "expectedClientIpAddress"),
            };
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? Text(IReadOnlyDictionary<string, string> fields, string name) => fields.GetValueOrDefault(name);

    // Multipart values are text in every version, so they are not marked as textual JSON booleans.
    private static TextualBoolean? Bool(IReadOnlyDictionary<string, string> fields, string name) =>
        Text(fields, name) is { } value
            ? bool.TryParse(value.Trim(), out var parsed) ? new TextualBoolean(parsed, IsText: false) : throw new FormatException(name)
            : null;

    private static int? Int(IReadOnlyDictionary<string, string> fields, string name) =>
        Text(fields, name) is { } value
            ? int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : throw new FormatException(name)
            : null;

    private static double? Double(IReadOnlyDictionary<string, string> fields, string name) =>
        Text(fields, name) is { } value
            ? double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed)
                ? parsed
                : throw new FormatException(name)
            : null;
}
