using FaceEmulator.Errors;
using FaceEmulator.Sessions;

namespace FaceEmulator.Images;

/// <summary>Applies Azure's reference-image rules and reports the face found.</summary>
internal interface IVerifyImageInspector
{
    /// <param name="verdicts">The calling tenant's cache of recent verdicts.</param>
    (VerifyReference? Reference, FaceError? Error) Inspect(VerifyImageUpload image, VerdictCache verdicts);
}
