namespace FaceEmulator.Sessions;

/// <summary>The face found in the reference (verify) image.</summary>
/// <param name="Quality">low, medium or high (QualityForRecognition).</param>
/// <param name="Sha256Hex">Upper-case hex SHA-256 of the image bytes (verifyImageHash).</param>
internal sealed record VerifyReference(FaceRectangle FaceRectangle, string Quality, string Sha256Hex);
