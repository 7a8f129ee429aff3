using FaceEmulator.Errors;
using FaceEmulator.Sessions;

namespace FaceEmulator.Images;

/// <summary>
/// One tenant's verdicts on its most recent distinct reference images, by SHA-256; bounded, oldest dropped
/// first. Per tenant because a hit answers in microseconds and a decode in milliseconds: a shared cache
/// would tell one tenant by the response time which images another had uploaded.
/// </summary>
internal sealed class VerdictCache
{
    public const int Capacity = 32;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, (VerifyReference?, FaceError?)> _verdicts = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private int _inspections;

    /// <summary>How many verdicts were added, i.e. images this tenant had inspected: tests observe hits and misses by it.</summary>
    internal int Inspections => Volatile.Read(ref _inspections);

    public (VerifyReference?, FaceError?)? TryGet(string hash)
    {
        lock (_lock)
        {
            return _verdicts.TryGetValue(hash, out var verdict) ? verdict : null;
        }
    }

    public void Add(string hash, (VerifyReference?, FaceError?) verdict)
    {
        Interlocked.Increment(ref _inspections);
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
