using System.Net;

namespace FaceEmulator.Testing;

/// <summary>The emulator refused an admin call; <see cref="Code"/> and the message come from its error envelope.</summary>
public sealed class FaceEmulatorException : Exception
{
    public FaceEmulatorException()
    {
    }

    public FaceEmulatorException(string message)
        : base(message)
    {
    }

    public FaceEmulatorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FaceEmulatorException(HttpStatusCode status, string? code, string message)
        : base(message)
    {
        Status = status;
        Code = code;
    }

    /// <summary>The HTTP status the emulator answered.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>The envelope's <c>error.code</c>, e.g. <c>SessionNotFound</c> or <c>BadArgument</c>.</summary>
    public string? Code { get; }
}
