using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FaceEmulator.Sessions;
using FaceEmulator.Tenancy;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FaceEmulator.Tokens;

/// <summary>
/// Mints session auth tokens shaped like Azure's: ES256 JWTs with <c>kid: key1</c> and the claims, in
/// the order, of the recorded tokens (recordings README, facts 20-21). The signing key lives for the
/// process, so a token from an earlier run is refused as forged.
/// </summary>
internal sealed class SessionTokenIssuer : IDisposable
{
    public const string Audience = "urn:ms.faceSessionToken";
    public const string Issuer = "urn:ms.cognitiveservices";

    // Claims that hold JSON are written as Azure writes them: quotes as \" rather than \u0022.
    private static readonly JsonWriterOptions ClaimJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // allowed-paths depends only on the version and the kind of session: written once per pair.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, SessionKind), string> s_allowedPaths = new();

    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials _credentials;

    public SessionTokenIssuer()
    {
        SigningKey = new ECDsaSecurityKey(_key) { KeyId = "key1" };
        _credentials = new SigningCredentials(SigningKey, SecurityAlgorithms.EcdsaSha256);
    }

    public SecurityKey SigningKey { get; }

    public JsonWebTokenHandler Handler => _handler;

    public string Issue(Tenant tenant, SessionRecord session, string endpoint, string region)
    {
        var payload = new ArrayBufferWriter<byte>(2048);
        using (var json = new Utf8JsonWriter(payload, ClaimJson))
        {
            var issuedAt = session.CreatedAt.ToUnixTimeSeconds();
            json.WriteStartObject();
            json.WriteString("region", region);
            json.WriteString("subscription-id", tenant.SubscriptionId);
            json.WriteString("product-id", "CognitiveServices.S0");
            json.WriteString("allowed-paths", AllowedPaths(session));
            json.WriteString("azure-resource-id", $"/subscriptions/{tenant.SubscriptionId}/resourceGroups/face-emulator/providers/Microsoft.CognitiveServices/accounts/face-emulator");
            json.WriteString("sid", session.Id);
            json.WriteNumber("nbf", issuedAt);
            json.WriteString("face", FaceClaim(session, endpoint));
            json.WriteString("aud", Audience);
            json.WriteNumber("exp", session.TokenExpiresAt.ToUnixTimeSeconds());
            json.WriteNumber("iat", issuedAt);
            json.WriteString("iss", Issuer);
            json.WriteEndObject();
        }

        // Signed by JsonWebTokenHandler, not by hand: it costs a re-parse of the payload per create (see README
        // "Performance"), which is a fair price for not owning JWS code.
        return _handler.CreateToken(Encoding.UTF8.GetString(payload.WrittenSpan), _credentials);
    }

    public void Dispose() => _key.Dispose();

    private static string AllowedPaths(SessionRecord session) =>
        s_allowedPaths.GetOrAdd((session.CreatedInVersion, session.Kind), static key => WriteAllowedPaths(key.Item1, key.Item2));

    private static string WriteAllowedPaths(string version, SessionKind kind)
    {
        var detect = kind == SessionKind.Liveness ? "detectLiveness/singleModal" : "detectLivenessWithVerify/singleModal";
        // Recorded tokens grant quota 3 for detect and attempt/end whatever the session's attempt setting;
        // the emulator enforces numberOfClientAttemptsAllowed on the session, not through the token.
        const int quota = 3;
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, ClaimJson))
        {
            json.WriteStartArray();
            WritePath(json, $"face/{version}/session/start", "POST", 1, 60);
            WritePath(json, $"face/{version}/{detect}", "post", quota, 5);
            WritePath(json, $"face/{version}/session/attempt/end", "POST", quota, 5);
            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WritePath(Utf8JsonWriter json, string path, string method, int quota, int renewal)
    {
        json.WriteStartObject();
        json.WriteString("path", path);
        json.WriteString("method", method);
        json.WriteNumber("quota", quota);
        json.WriteNumber("callRateRenewalPeriod", renewal);
        json.WriteNumber("callRateLimit", 1);
        json.WriteEndObject();
    }

    private static string FaceClaim(SessionRecord session, string endpoint)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, ClaimJson))
        {
            json.WriteStartObject();
            json.WriteString("endpoint", endpoint);
            json.WriteString("sessionType", session.Kind == SessionKind.Liveness ? "Liveness" : "LivenessWithVerify");
            json.WriteStartObject("clientClaims");
            json.WriteString("livenessOperationMode", session.Parameters.LivenessOperationMode);
            if (session.Kind == SessionKind.LivenessWithVerify)
            {
                json.WriteBoolean("verifyImageProvided", session.VerifyImage is not null);
            }

            json.WriteBoolean("dcic", session.Parameters.DeviceCorrelationIdSetInClient);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
