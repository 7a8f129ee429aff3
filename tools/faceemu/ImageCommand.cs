using System.CommandLine;
using System.Globalization;

namespace FaceEmulator.Tool;

/// <summary><c>faceemu image</c>: writes one test image described by its options.</summary>
internal static class ImageCommand
{
    public static Command Create()
    {
        var format = new Option<ImageFormatKind>("--format") { Description = "jpeg, png, gif, bmp, webp or tiff.", DefaultValueFactory = _ => ImageFormatKind.Png };
        var width = new Option<int>("--width") { Description = "Width in pixels.", DefaultValueFactory = _ => 640 };
        var height = new Option<int>("--height") { Description = "Height in pixels.", DefaultValueFactory = _ => 480 };
        var frames = new Option<int>("--frames") { Description = "Frame count (gif only).", DefaultValueFactory = _ => 1 };
        var size = new Option<int?>("--size") { Description = "Minimum file size in bytes; padded with metadata or trailing bytes." };
        var faces = new Option<int?>("--faces") { Description = "Writes 'faces=N': 0 and 2+ make the emulator answer InvalidImage." };
        var face = new Option<string?>("--face") { Description = "Writes 'face=left,top,width,height': the face the emulator reports." };
        var quality = new Option<string?>("--quality") { Description = "Writes 'quality=low|medium|high'." };
        quality.AcceptOnlyFromAmong("low", "medium", "high");
        var carrier = new Option<InstructionCarrier>("--carrier") { Description = "comment (PNG tEXt, JPEG COM, GIF comment) or exif (ImageDescription).", DefaultValueFactory = _ => InstructionCarrier.Comment };
        var seed = new Option<int>("--seed") { Description = "Seed for the noise and colours; equal options give equal bytes.", DefaultValueFactory = _ => 1 };
        var claimWidth = new Option<int?>("--claim-width") { Description = "Width to write into the header instead of the real one (png, bmp)." };
        var claimHeight = new Option<int?>("--claim-height") { Description = "Height to write into the header instead of the real one (png, bmp)." };
        var corrupt = new Option<Corruption>("--corrupt") { Description = "none, truncate (first half only), header (signature overwritten) or data (bytes flipped).", DefaultValueFactory = _ => Corruption.None };
        var output = new Option<FileInfo>("--out", "-o") { Description = "File to write.", Required = true };

        var command = new Command("image", "Write a synthetic test image (no real faces) for the reference-image rules.")
        {
            format, width, height, frames, size, faces, face, quality, carrier, seed, claimWidth, claimHeight, corrupt, output,
        };
        command.SetAction(result =>
        {
            try
            {
                var spec = new ImageSpec(
                    result.GetValue(format), result.GetValue(width), result.GetValue(height), result.GetValue(frames),
                    result.GetValue(size), result.GetValue(faces), ParseFace(result.GetValue(face)), result.GetValue(quality),
                    result.GetValue(seed), result.GetValue(carrier), result.GetValue(claimWidth), result.GetValue(claimHeight),
                    result.GetValue(corrupt));
                var bytes = TestImageWriter.Write(spec);
                var file = result.GetRequiredValue(output);
                file.Directory?.Create();
                File.WriteAllBytes(file.FullName, bytes);
                result.InvocationConfiguration.Output.WriteLine($"{file.Name}: {bytes.Length} bytes");
                return 0;
            }
            catch (ArgumentException ex)
            {
                result.InvocationConfiguration.Error.WriteLine(ex.Message);
                return 2;
            }
        });
        return command;
    }

    private static (int, int, int, int)? ParseFace(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(',');
        return parts.Length == 4 && parts.All(p => int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            ? (Int(parts[0]), Int(parts[1]), Int(parts[2]), Int(parts[3]))
            : throw new ArgumentException("--face takes left,top,width,height, e.g. 10,20,150,180.");
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
