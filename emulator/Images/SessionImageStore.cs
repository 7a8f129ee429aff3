namespace FaceEmulator.Images;

/// <summary>
/// One tenant's session images, bounded: past <see cref="Capacity"/> the oldest image is dropped
/// (its id then answers 404), so a long-running emulator does not grow without limit.
/// </summary>
internal sealed class SessionImageStore
{
    public const int Capacity = 256;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, byte[]> _images = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public void Add(string id, byte[] bytes)
    {
        lock (_lock)
        {
            if (!_images.TryAdd(id, bytes))
            {
                return;
            }

            _order.Enqueue(id);
            while (_order.Count > Capacity)
            {
                _images.Remove(_order.Dequeue());
            }
        }
    }

    public byte[]? Find(string id)
    {
        lock (_lock)
        {
            return _images.GetValueOrDefault(id);
        }
    }
}
