using System.Security.Cryptography;
using FaceEmulator.Errors;
using FaceEmulator.Sessions;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace FaceEmulator.Images;

/// <summary>
/// Azure's reference-image rules, in the order that keeps hostile input cheap: size, then format
/// from the signature, then dimensions from the header, and only then a bounded decode of the
/// first frame. The face comes from a <c>faceemu:</c> instruction in the metadata, if any, else
/// from <see cref="FaceGeometry.DefaultFace"/>.
/// </summary>
internal sealed class VerifyImageInspector : IVerifyImageInspector
{
    /// <summary>"The allowed image file size is from 1KB to 6MB." (Face.json, detect).</summary>
    public const int MinImageBytes = 1024;

    public (VerifyReference? Reference, FaceError? Error) Inspect(VerifyImageUpload image, VerdictCache verdicts)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(verdicts);
        // Size first, as the documented rule reads: an empty part is "too small", not undecodable.
        if (image.Bytes.Length < MinImageBytes)
        {
            return (null, FaceErrors.ImageTooSmall);
        }

        if (image.Bytes.Length > Sessions.CreateRequestReader.MaxImageBytes)
        {
            return (null, FaceErrors.ImageTooBig);
        }

        // The verdict depends on the bytes alone, and clients send the same reference image again and again
        // (a CI fixture), so recent verdicts are kept by hash: a repeat costs a SHA-256 instead of a decode.
        // Kept per tenant, so only the tenant's own uploads make its repeats fast.
        var hash = Convert.ToHexString(SHA256.HashData(image.Bytes));
        if (verdicts.TryGet(hash) is { } known)
        {
            return known;
        }

        var verdict = Inspect(image.Bytes, hash);
        verdicts.Add(hash, verdict);
        return verdict;
    }

    private static (VerifyReference?, FaceError?) Inspect(byte[] bytes, string hash)
    {
        var (info, error) = Read(bytes);
        if (info is null)
        {
            return (null, error);
        }

        if (!MetadataText.TryFindInstruction(info.Metadata, out var instruction))
        {
            instruction = new FaceInstruction();
        }

        return Report(instruction, info.Width, info.Height, hash);
    }

    private static (ImageInfo? Info, FaceError? Error) Read(byte[] bytes)
    {
        try
        {
            var format = Image.DetectFormat(ImageDecoding.Options, bytes);
            if (!ImageDecoding.AcceptedFormats.Contains(format) || !TruncationCheck.IsComplete(format, bytes))
            {
                return (null, FaceErrors.InvalidImageFormat);
            }

            var info = ImageDecoding.Identify(format, bytes);
            if (ImageDecoding.IsTooLarge(info))
            {
                return (null, FaceErrors.ImageTooBig);
            }

            // Identify trusts the header; decoding (8-bit grey, first frame) finds truncated and corrupt data.
            using var pixels = Image.Load<L8>(ImageDecoding.Options, bytes);
            return (info, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Decoders fed hostile bytes throw many exception types; Azure's answer is always InvalidImage, never a 500.
            return (null, FaceErrors.InvalidImageFormat);
        }
    }

    private static (VerifyReference?, FaceError?) Report(FaceInstruction? instruction, int width, int height, string hash)
    {
        if (instruction is null)
        {
            return (null, FaceErrors.InvalidFaceInstruction);
        }

        switch (instruction.Faces)
        {
            case 0:
                return (null, FaceErrors.NoFaceDetected);
            case > 1:
                return (null, FaceErrors.MoreThanOneFace);
        }

        var face = instruction.Face ?? FaceGeometry.DefaultFace(width, height);
        if (face.Left + face.Width > width || face.Top + face.Height > height)
        {
            return (null, FaceErrors.InvalidFaceInstruction);
        }

        var quality = instruction.Quality ?? FaceGeometry.QualityFor(face);
        return (new VerifyReference(face, quality, hash), null);
    }
}
