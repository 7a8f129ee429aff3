namespace FaceEmulator.Versions;

/// <summary>The two shapes Azure's liveness-session API has had.</summary>
internal enum ApiFamily
{
    /// <summary>v1.1-preview.1 and v1.2-preview.1: <c>/singleModal/sessions</c>, list, audit, DELETE 200.</summary>
    Classic,

    /// <summary>v1.2 and later: <c>-sessions</c>, attempts, DELETE 204.</summary>
    Attempts,
}
