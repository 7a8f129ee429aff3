namespace FaceEmulator.Tool;

/// <summary>Container formats <c>faceemu image</c> can write; Azure accepts only JPEG, PNG, GIF and BMP.</summary>
public enum ImageFormatKind
{
    Jpeg,
    Png,
    Gif,
    Bmp,
    Webp,
    Tiff,
}

/// <summary>Where the <c>faceemu:</c> instruction is stored.</summary>
public enum InstructionCarrier
{
    /// <summary>PNG tEXt chunk, JPEG COM segment or GIF comment extension.</summary>
    Comment,

    /// <summary>EXIF ImageDescription (JPEG, PNG, WEBP, TIFF).</summary>
    Exif,
}

/// <summary>Ways to spoil a valid file, for the hostile cases.</summary>
public enum Corruption
{
    None,

    /// <summary>Keep only the first half of the file.</summary>
    Truncate,

    /// <summary>Overwrite the format signature so no decoder recognises it.</summary>
    Header,

    /// <summary>Flip bytes in the middle of the file, where the pixel data is.</summary>
    Data,
}

/// <summary>Everything that decides the bytes of a test image; equal specs give equal bytes.</summary>
/// <param name="Face">Explicit face as left, top, width, height (the order of the instruction text).</param>
/// <param name="Size">Minimum file size in bytes; the file is padded up to it.</param>
/// <param name="ClaimWidth">Width written into the header instead of the real one (PNG, BMP).</param>
public sealed record ImageSpec(
    ImageFormatKind Format = ImageFormatKind.Png,
    int Width = 640,
    int Height = 480,
    int Frames = 1,
    int? Size = null,
    int? Faces = null,
    (int Left, int Top, int Width, int Height)? Face = null,
    string? Quality = null,
    int Seed = 1,
    InstructionCarrier Carrier = InstructionCarrier.Comment,
    int? ClaimWidth = null,
    int? ClaimHeight = null,
    Corruption Corrupt = Corruption.None)
{
    /// <summary>The instruction text the emulator reads, or null when the default face should apply.</summary>
    public string? Instruction
    {
        get
        {
            List<string> parts = [];
            if (Faces is { } faces)
            {
                parts.Add(FormattableString.Invariant($"faces={faces}"));
            }

            if (Face is { } f)
            {
                parts.Add(FormattableString.Invariant($"face={f.Left},{f.Top},{f.Width},{f.Height}"));
            }

            if (Quality is { } quality)
            {
                parts.Add($"quality={quality}");
            }

            return parts.Count == 0 ? null : "faceemu: " + string.Join("; ", parts);
        }
    }
}
