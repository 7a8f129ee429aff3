namespace FaceEmulator.Determinism;

/// <summary>A thread-safe <see cref="System.Random"/> with a known seed, so a run can be replayed.</summary>
internal sealed class SeededRandomSource(int seed) : IRandomSource
{
    // This is the one place allowed to construct Random: everything else asks an IRandomSource.
#pragma warning disable RS0030
    private readonly Random _random = new(seed);
#pragma warning restore RS0030
    private readonly Lock _lock = new();

    public int Seed { get; } = seed;

    public double NextDouble()
    {
        lock (_lock)
        {
            return _random.NextDouble();
        }
    }

    public void NextBytes(Span<byte> buffer)
    {
        lock (_lock)
        {
            _random.NextBytes(buffer);
        }
    }
}
