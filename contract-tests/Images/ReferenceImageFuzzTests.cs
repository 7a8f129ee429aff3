using System.Net;
using FaceEmulator.ContractTests.Infrastructure;
using FaceEmulator.Tool;

namespace FaceEmulator.ContractTests.Images;

/// <summary>
/// Seeded fuzzing of the verify image: mutated and random blobs under and over every limit. None
/// may produce a 5xx or hang, and the emulator must still serve a normal create afterwards.
/// </summary>
public sealed class ReferenceImageFuzzTests
{
    private const int Seed = 20_240_601;
    private const int Blobs = 500;
    private static readonly TimeSpan s_perRequest = TimeSpan.FromSeconds(10);
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void CreateClient()
    {
        _client = Emulator.Client(Emulator.KeyFor(this));
        _client.Timeout = s_perRequest;
    }

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    // A hang fails the test through HttpClient's own timeout; speed is bench/'s business, not a test's.
    [Test]
    public async Task MutatedAndRandomImages_NeverFailTheServer()
    {
        var random = new Random(Seed);
        var seeds = Seeds();
        var failures = new List<string>();

        for (var i = 0; i < Blobs; i++)
        {
            var version = TestVersions.All[i % TestVersions.All.Length];
            var blob = Mutate(seeds[random.Next(seeds.Length)], random);

            var response = await _client.CreateWithVerifyAsync(version, blob);

            if ((int)response.Status >= 500 || response.Status is not (HttpStatusCode.OK or HttpStatusCode.BadRequest))
            {
                failures.Add($"#{i} {version} {blob.Length} bytes: {(int)response.Status} {response.Body}");
            }
            else if (response.Status == HttpStatusCode.BadRequest)
            {
                response.ErrorCode.Should().BeOneOf("InvalidImage", "InvalidImageSize", "InvalidRequestBody");
            }
        }

        failures.Should().BeEmpty();
        var healthy = await _client.CreateWithVerifyAsync("v1.2", TestImageWriter.Write(new ImageSpec(Width: 320, Height: 240)));
        healthy.Status.Should().Be(HttpStatusCode.OK, healthy.Body);
    }

    private static byte[][] Seeds() =>
    [
        TestImageWriter.Write(new ImageSpec(ImageFormatKind.Png, 96, 80)),
        TestImageWriter.Write(new ImageSpec(ImageFormatKind.Jpeg, 96, 80, Face: (5, 5, 40, 40))),
        TestImageWriter.Write(new ImageSpec(ImageFormatKind.Gif, 64, 64, Frames: 3)),
        TestImageWriter.Write(new ImageSpec(ImageFormatKind.Bmp, 48, 48)),
        TestImageWriter.Write(new ImageSpec(ImageFormatKind.Webp, 48, 48)),
        TestImageWriter.Write(new ImageSpec(ImageFormatKind.Png, 32, 32, ClaimWidth: 60_000, ClaimHeight: 60_000)),
        [],
    ];

    /// <summary>One of: flipped bytes, a cut, a random splice, random bytes of a boundary length, or a huge header.</summary>
    private static byte[] Mutate(byte[] seed, Random random)
    {
        switch (random.Next(6))
        {
            case 0 when seed.Length > 0:
                var flipped = (byte[])seed.Clone();
                for (var n = random.Next(1, 16); n > 0; n--)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                return flipped;
            case 1 when seed.Length > 0:
                return seed[..random.Next(seed.Length)];
            case 2 when seed.Length > 0:
                var at = random.Next(seed.Length);
                return [.. seed[..at], .. RandomBytes(random, random.Next(1, 4096)), .. seed[at..]];
            case 3:
                int[] lengths = [0, 1, 1023, 1024, 1025, 4096, 65_536];
                return RandomBytes(random, lengths[random.Next(lengths.Length)]);
            case 4 when random.Next(40) == 0:
                // Rarely, over the 6 MB cap (and exactly on it): the reader's limit, not the decoder, answers.
                return RandomBytes(random, (6 * 1024 * 1024) + random.Next(2));
            default:
                // A valid signature followed by noise.
                return [.. seed.Take(Math.Min(seed.Length, 16)), .. RandomBytes(random, random.Next(0, 8192))];
        }
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
