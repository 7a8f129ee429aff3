namespace FaceEmulator.Images;

/// <summary>
/// One tenant's session images, bounded: past <see cref="Capacity"/> the oldest image is dropped
/// (its id then answers 404), so a long-running emulator does not grow without limit.
/// </summary>
internal sealed class SessionImageStore
{
    public const int Capacity = 256;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, SessionImage> _images = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public void Add(string id, SessionImage image)
    {
        lock (_lock)
        {
            if (!_images.TryAdd(id, image))
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

    public SessionImage? Find(string id)
    {
        lock (_lock)
        {
            return _images.GetValueOrDefault(id);
        }
    }
}
