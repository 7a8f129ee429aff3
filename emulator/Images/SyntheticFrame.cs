using System.Security.Cryptography;
using System.Text;
using FaceEmulator.Sessions;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace FaceEmulator.Images;

/// <summary>
/// The frame stored as a session image when the device sent none: a small JPEG of an abstract shape
/// (an ellipse on a two-tone background, no face), its colours derived from the session id so the same
/// session always gets the same bytes.
/// </summary>
internal static class SyntheticFrame
{
    public const int Width = 240;
    public const int Height = 320;

    /// <summary>The face rectangle reported for the synthetic frame: the documented default face.</summary>
    public static FaceRectangle Face { get; } = FaceGeometry.DefaultFace(Width, Height);

    public static byte[] Jpeg(string seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        var background = new Rgb24(hash[0], hash[1], hash[2]);
        var shape = new Rgb24((byte)~hash[0], (byte)~hash[1], (byte)~hash[2]);
        var face = Face;
        double cx = face.Left + (face.Width / 2.0), cy = face.Top + (face.Height / 2.0);
        double rx = face.Width / 2.0, ry = face.Height / 2.0;

        using var image = new Image<Rgb24>(Width, Height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var dx = (x - cx) / rx;
                    var dy = (y - cy) / ry;
                    row[x] = (dx * dx) + (dy * dy) <= 1 ? shape : background;
                }
            }
        });
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return stream.ToArray();
    }
}
