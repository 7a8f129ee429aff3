using FaceEmulator.Errors;
using FaceEmulator.Sessions;

namespace FaceEmulator.Images;

/// <summary>The verdicts on the most recent distinct reference images, by SHA-256; bounded, oldest dropped first.</summary>
internal sealed class VerdictCache
{
    public const int Capacity = 64;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, (VerifyReference?, FaceError?)> _verdicts = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public (VerifyReference?, FaceError?)? TryGet(string hash)
    {
        lock (_lock)
        {
            return _verdicts.TryGetValue(hash, out var verdict) ? verdict : null;
        }
    }

    public void Add(string hash, (VerifyReference?, FaceError?) verdict)
    {
        lock (_lock)
        {
            if (!_verdicts.TryAdd(hash, verdict))
            {
                return;
            }

            _order.Enqueue(hash);
            while (_order.Count > Capacity)
            {
                _verdicts.Remove(_order.Dequeue());
            }
        }
    }
}
