namespace FaceEmulator.FaceUi;

/// <summary>
/// The web component runs on the app's origin and calls the emulator from there, so the device-side
/// routes, the component's own routes and the quick-link API answer CORS: any origin, no credentials
/// (the session token travels in the Authorization header), preflight included. The admin API does not.
/// </summary>
internal static class FaceUiCors
{
    public const string PolicyName = "face-ui";

    public static IServiceCollection AddFaceUiCors(this IServiceCollection services) =>
        services.AddCors(cors => cors.AddPolicy(PolicyName, policy => policy
            .AllowAnyOrigin()
            .AllowAnyHeader()
            .WithMethods("GET", "POST")
            // The component maps errors by code and honours Retry-After; browsers hide other headers cross-origin.
            .WithExposedHeaders(FaceApi.ErrorCodeHeader, FaceApi.RequestIdHeader, "Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
}
