using FaceEmulator.Http;

namespace FaceEmulator.ContractTests.Http;

/// <summary>
/// The bounded reader under every hand-parsed body. Content-Length is only a hint to it: a client may send more
/// or fewer bytes than it claims, and the limit holds either way.
/// </summary>
public sealed class LimitedBodyTests
{
    private const int Limit = 10_000;

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(4096)]
    [TestCase(4097)]
    [TestCase(Limit)]
    public async Task UpToTheLimit_ReturnsEveryByte(int length)
    {
        var sent = Bytes(length);

        var read = await LimitedBody.ReadAsync(new TrickleStream(sent), Limit, CancellationToken.None);

        read.Should().Equal(sent);
    }

    [TestCase(null)]
    [TestCase(10L)]
    [TestCase((long)Limit)]
    [TestCase(50_000_000L)]
    public async Task OneByteOverTheLimit_IsRefused_WhateverTheClaimedLength(long? claimed)
    {
        var read = await LimitedBody.ReadAsync(new TrickleStream(Bytes(Limit + 1)), Limit, CancellationToken.None, claimed);

        read.Should().BeNull();
    }

    [TestCase(100L, 5000)]
    [TestCase(5000L, 100)]
    [TestCase(5000L, 5000)]
    public async Task ClaimedLengthWrong_StillReadsWhatWasSent(long claimed, int length)
    {
        var sent = Bytes(length);

        var read = await LimitedBody.ReadAsync(new TrickleStream(sent), Limit, CancellationToken.None, claimed);

        read.Should().Equal(sent);
    }

    private static byte[] Bytes(int length) => Enumerable.Range(0, length).Select(i => (byte)(i * 31)).ToArray();

    /// <summary>Hands out at most 1000 bytes per read, as a network stream would, so the reader's loop is exercised.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1000)], cancellationToken);
    }
}
