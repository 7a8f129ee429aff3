using FaceEmulator.Tenancy;

namespace FaceEmulator.Images;

/// <summary>
/// One tenant's session images, bounded: past <see cref="Capacity"/> images or <paramref name="maxBytes"/> bytes
/// the oldest are dropped (their ids then answer 404), so a long-running emulator does not grow without limit.
/// Images are charged to the tenant's <see cref="MemoryBudget"/> (null: counted nowhere); the attempt that
/// makes one checks for room first (DeviceSide/AttemptRecorder).
/// </summary>
internal sealed class SessionImageStore(long maxBytes = long.MaxValue, MemoryBudget? memory = null)
{
    public const int Capacity = 256;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, SessionImage> _images = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private long _bytes;

    public long MaxBytes => maxBytes;

    public void Add(string id, SessionImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var cost = ByteCosts.Image(image.Bytes);
        lock (_lock)
        {
            if (_images.ContainsKey(id))
            {
                return;
            }

            while (_order.Count > 0 && (_order.Count >= Capacity || _bytes + cost > maxBytes))
            {
                var oldest = _order.Dequeue();
                if (_images.Remove(oldest, out var dropped))
                {
                    var freed = ByteCosts.Image(dropped.Bytes);
                    _bytes -= freed;
                    memory?.Refund(freed);
                }
            }

            _images.Add(id, image);
            _order.Enqueue(id);
            _bytes += cost;
            memory?.Charge(cost);
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
