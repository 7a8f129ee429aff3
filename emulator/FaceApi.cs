namespace FaceEmulator;

/// <summary>Route prefix and header names shared by every Face operation.</summary>
internal static class FaceApi
{
    /// <summary>The API version is a path segment, never a query parameter (Face.json x-ms-parameterized-host).</summary>
    public const string Prefix = "/face/{apiVersion}";

    public const string SubscriptionKeyHeader = "Ocp-Apim-Subscription-Key";
    public const string RequestIdHeader = "apim-request-id";
    public const string ClientRequestIdHeader = "client-request-id";
    public const string ErrorCodeHeader = "x-ms-error-code";
}
