namespace FaceEmulator.DeviceSide;

/// <summary>
/// A device-side request body. Azure publishes no schema for it (notes §13), so the emulator keeps the raw
/// bytes (for the digest), the first file-like part as the frame, and any text fields it can find.
/// </summary>
internal sealed record DeviceRequest(byte[] Body, byte[]? Frame, IReadOnlyDictionary<string, string> Fields)
{
    public string? Field(string name) => Fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
