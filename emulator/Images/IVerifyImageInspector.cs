using FaceEmulator.Errors;
using FaceEmulator.Sessions;

namespace FaceEmulator.Images;

/// <summary>Applies Azure's reference-image rules and reports the face found.</summary>
internal interface IVerifyImageInspector
{
    (VerifyReference? Reference, FaceError? Error) Inspect(VerifyImageUpload image);
}
