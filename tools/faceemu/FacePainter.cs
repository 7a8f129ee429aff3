using Bogus;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace FaceEmulator.Tool;

/// <summary>
/// Paints a synthetic, deliberately non-human "face-like" figure (a green oval with two dots and a bar)
/// over seeded noise. The emulator never looks at pixels; the figure only helps a human see where the
/// reported face is.
/// </summary>
internal static class FacePainter
{
    public static Image<Rgb24> Paint(int width, int height, IReadOnlyList<Rectangle> faces, Randomizer random)
    {
        var image = new Image<Rgb24>(width, height);
        var baseColour = new Rgb24(random.Byte(40, 200), random.Byte(40, 200), random.Byte(40, 200));
        var state = (uint)random.Int(1, int.MaxValue);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    // Faint xorshift noise in 2×2 blocks: enough that images stay over Azure's 1 KB minimum,
                    // little enough that committed fixtures stay small.
                    if (x % 2 == 0)
                    {
                        state ^= state << 13;
                        state ^= state >> 17;
                        state ^= state << 5;
                    }

                    row[x] = Shade(baseColour, (int)((state >> ((y % 2) * 4)) & 0x0F) - 8);
                    foreach (var face in faces)
                    {
                        if (FaceColour(face, x, y) is { } colour)
                        {
                            row[x] = colour;
                        }
                    }
                }
            }
        });
        return image;
    }

    /// <summary>A small moving square, so later GIF frames differ from the first but stay cheap to encode.</summary>
    public static void Mark(Image<Rgb24> frame, int index)
    {
        var size = Math.Min(4, Math.Min(frame.Width, frame.Height));
        var left = index % Math.Max(1, frame.Width - size);
        frame.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < size; y++)
            {
                rows.GetRowSpan(y).Slice(left, size).Fill(new Rgb24(255, 0, (byte)index));
            }
        });
    }

    private static Rgb24? FaceColour(Rectangle face, int x, int y)
    {
        if (!face.Contains(x, y))
        {
            return null;
        }

        // Normalised coordinates in [-1, 1] across the face box.
        var u = ((x - face.Left) * 2.0 / face.Width) - 1;
        var v = ((y - face.Top) * 2.0 / face.Height) - 1;
        if ((u * u) + (v * v) > 1)
        {
            return null;
        }

        var eye = Math.Min(Dist(u, v, -0.35, -0.25), Dist(u, v, 0.35, -0.25)) < 0.12;
        var mouth = Math.Abs(v - 0.45) < 0.06 && Math.Abs(u) < 0.4;
        return eye || mouth ? new Rgb24(20, 20, 60) : new Rgb24(90, 200, 110);
    }

    private static double Dist(double u, double v, double cu, double cv) => Math.Sqrt(((u - cu) * (u - cu)) + ((v - cv) * (v - cv)));

    private static Rgb24 Shade(Rgb24 colour, int delta) => new(Clamp(colour.R + delta), Clamp(colour.G + delta), Clamp(colour.B + delta));

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);
}
