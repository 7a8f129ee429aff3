namespace FaceEmulator.Errors;

/// <summary>An Azure Face error: the HTTP status plus the <c>{"error":{"code","message"}}</c> envelope.</summary>
internal sealed record FaceError(int Status, string Code, string Message)
{
    public FaceErrorResult ToResult() => new(this);
}
