using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;

namespace FaceEmulator.Images;

/// <summary>
/// The free-text metadata a test author can put an instruction in with everyday tools: PNG
/// tEXt/zTXt/iTXt, JPEG COM, GIF comment extensions, EXIF ImageDescription and UserComment.
/// </summary>
internal static class MetadataText
{
    public static IEnumerable<string> All(ImageMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        foreach (var text in metadata.GetPngMetadata().TextData)
        {
            yield return text.Value;
        }

        foreach (var comment in metadata.GetJpegMetadata().Comments)
        {
            yield return comment.ToString();
        }

        foreach (var comment in metadata.GetGifMetadata().Comments)
        {
            yield return comment;
        }

        if (metadata.ExifProfile is { } exif)
        {
            if (exif.TryGetValue(ExifTag.ImageDescription, out var description) && description.Value is { } value)
            {
                yield return value;
            }

            if (exif.TryGetValue(ExifTag.UserComment, out var comment))
            {
                yield return comment.Value.Text;
            }
        }
    }

    /// <summary>The first <c>faceemu:</c> text, parsed; see <see cref="FaceInstructionParser.TryParse"/>.</summary>
    public static bool TryFindInstruction(ImageMetadata metadata, out FaceInstruction? instruction)
    {
        foreach (var text in All(metadata))
        {
            if (FaceInstructionParser.TryParse(text, out instruction))
            {
                return true;
            }
        }

        instruction = null;
        return false;
    }
}
