using FaceEmulator.Errors;
using FaceEmulator.Sessions.Wire;

namespace FaceEmulator.Sessions;

/// <summary>A create call's body, read but not yet validated.</summary>
/// <param name="Image">The verify image part, or null when the body had none.</param>
/// <param name="ImageError">Why the image part could not be taken (missing filename, too big), checked after the fields.</param>
internal sealed record CreateRequest(CreateSessionContent Content, VerifyImageUpload? Image, FaceError? ImageError, bool IsMultipart);

/// <summary>The verify image as uploaded.</summary>
internal sealed record VerifyImageUpload(byte[] Bytes, string? FileName, string? ContentType);
