using FaceEmulator.Sessions;

namespace FaceEmulator.Images;

/// <summary>
/// What a <c>faceemu:</c> text in the image's metadata asks the emulator to "detect" instead of the
/// default face. Every part is optional; an empty instruction changes nothing.
/// </summary>
/// <param name="Faces">How many faces the image holds: 0 and 2+ are Azure's InvalidImage errors.</param>
/// <param name="Face">The face to report, as is.</param>
/// <param name="Quality">low, medium or high; overrides the size-based quality.</param>
internal sealed record FaceInstruction(int? Faces = null, FaceRectangle? Face = null, string? Quality = null);
