using System.Globalization;
using FaceEmulator.Errors;

namespace FaceEmulator.Images.Detection;

/// <summary>
/// Reads and checks the detect query parameters (Face.json DetectFromSessionImageId) in a fixed order:
/// models, flags, faceIdTimeToLive, the attribute list, then the combinations a model does not support.
/// Parameter names match ignoring case (ASP.NET's query collection); values of enums too. An empty
/// value means the default.
/// </summary>
internal static class DetectQuery
{
    public const int MinFaceIdTimeToLive = 60;
    public const int MaxFaceIdTimeToLive = 86_400;

    private static readonly string[] DetectionModels = ["detection_01", "detection_02", "detection_03"];
    private static readonly string[] RecognitionModels = ["recognition_01", "recognition_02", "recognition_03", "recognition_04"];

    public static (DetectOptions? Options, FaceError? Error) Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var defaults = DetectOptions.Defaults;

        if (!TryEnum(query, "detectionModel", DetectionModels, defaults.DetectionModel, out var detectionModel))
        {
            return (null, FaceErrors.InvalidDetectionModel);
        }

        if (!TryEnum(query, "recognitionModel", RecognitionModels, defaults.RecognitionModel, out var recognitionModel))
        {
            return (null, FaceErrors.InvalidRecognitionModel);
        }

        if (Flag(query, "returnFaceId", defaults.ReturnFaceId) is not { } returnFaceId)
        {
            return (null, FaceErrors.InvalidArgument("returnFaceId"));
        }

        if (Flag(query, "returnFaceLandmarks", defaults.ReturnFaceLandmarks) is not { } returnLandmarks)
        {
            return (null, FaceErrors.InvalidArgument("returnFaceLandmarks"));
        }

        if (Flag(query, "returnRecognitionModel", defaults.ReturnRecognitionModel) is not { } returnRecognitionModel)
        {
            return (null, FaceErrors.InvalidArgument("returnRecognitionModel"));
        }

        var ttlText = Value(query, "faceIdTimeToLive");
        var ttl = defaults.FaceIdTimeToLive;
        if (ttlText is not null && !int.TryParse(ttlText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out ttl))
        {
            return (null, FaceErrors.InvalidArgument("faceIdTimeToLive"));
        }

        if (ttl is < MinFaceIdTimeToLive or > MaxFaceIdTimeToLive)
        {
            return (null, FaceErrors.ArgumentOutOfRange("faceIdTimeToLive"));
        }

        var (attributes, attributeError) = Attributes(Value(query, "returnFaceAttributes"));
        if (attributeError is not null)
        {
            return (null, attributeError);
        }

        var options = new DetectOptions(detectionModel, recognitionModel, returnFaceId, returnLandmarks, returnRecognitionModel, ttl, attributes!);
        return CheckModelSupport(options) is { } supportError ? (null, supportError) : (options, null);
    }

    private static (IReadOnlyList<string>? Attributes, FaceError? Error) Attributes(string? csv)
    {
        var names = new List<string>();
        foreach (var item in (csv ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (FaceAttributeNames.Canonical(item) is not { } name)
            {
                return (null, FaceErrors.InvalidArgument("returnFaceAttributes"));
            }

            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        var limited = names.Where(FaceAttributeNames.Limited.Contains).Select(FaceAttributeNames.FeatureName).ToList();
        return limited.Count > 0 ? (null, FaceErrors.AttributesNeedApproval(limited)) : (names, null);
    }

    private static FaceError? CheckModelSupport(DetectOptions options)
    {
        var supported = FaceAttributeNames.SupportedBy(options.DetectionModel);
        if (options.Attributes.Any(a => !supported.Contains(a)))
        {
            return FaceErrors.AttributesNotSupportedBy(options.DetectionModel, supported);
        }

        if (options.ReturnFaceLandmarks && options.DetectionModel == "detection_02")
        {
            return FaceErrors.LandmarksNotSupportedBy(options.DetectionModel);
        }

        // Face.json: "The attribute is only available when using recognition models recognition_03 or recognition_04."
        return options.Attributes.Contains(FaceAttributeNames.QualityForRecognition) && options.RecognitionModel is "recognition_01" or "recognition_02"
            ? FaceErrors.QualityNeedsRecognitionModel
            : null;
    }

    private static string? Value(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.ToString() is { Length: > 0 } text ? text : null;

    private static bool? Flag(IQueryCollection query, string name, bool fallback) => Value(query, name) switch
    {
        null => fallback,
        var text => bool.TryParse(text, out var flag) ? flag : null,
    };

    private static bool TryEnum(IQueryCollection query, string name, string[] allowed, string fallback, out string value)
    {
        var text = Value(query, name);
        value = text is null ? fallback : allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase)) ?? string.Empty;
        return value.Length > 0;
    }
}
