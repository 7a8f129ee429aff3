namespace FaceEmulator.Determinism;

/// <summary>The only source of chance in the emulator (fault probabilities, seeded ids, synthetic images).</summary>
internal interface IRandomSource
{
    double NextDouble();

    void NextBytes(Span<byte> buffer);
}
