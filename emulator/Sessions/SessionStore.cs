using System.Collections.Concurrent;
using FaceEmulator.Versions;

namespace FaceEmulator.Sessions;

/// <summary>One tenant's sessions. Lock-free: updates are compare-and-swap on immutable records.</summary>
internal sealed class SessionStore
{
    private readonly ConcurrentDictionary<string, SessionRecord> _sessions = new(StringComparer.Ordinal);

    public int Count => _sessions.Count;

    public bool TryAdd(SessionRecord session) => _sessions.TryAdd(session.Id, session);

    /// <summary>Finds a session of the given kind and family; anything else is "not found", as in Azure.</summary>
    public SessionRecord? Find(string id, SessionKind kind, ApiFamily family) =>
        _sessions.TryGetValue(id, out var session) && session.Kind == kind && session.Family == family ? session : null;

    /// <summary>Finds a session by id alone (device-side calls carry only the id in their token).</summary>
    public SessionRecord? Find(string id) => _sessions.GetValueOrDefault(id);

    /// <summary>Applies <paramref name="update"/> atomically; retries if another request changed the session meanwhile.</summary>
    public SessionRecord? Update(string id, Func<SessionRecord, SessionRecord> update)
    {
        while (_sessions.TryGetValue(id, out var current))
        {
            var next = update(current);
            if (ReferenceEquals(next, current) || _sessions.TryUpdate(id, next, current))
            {
                return next;
            }
        }

        return null;
    }

    public bool Remove(string id, SessionKind kind, ApiFamily family) =>
        Find(id, kind, family) is { } session && _sessions.TryRemove(new KeyValuePair<string, SessionRecord>(id, session));

    /// <summary>Sessions with an id greater than <paramref name="start"/>, ascending by id in ordinal order (recordings README, fact 12).</summary>
    public IReadOnlyList<SessionRecord> List(SessionKind kind, ApiFamily family, string? start, int top) =>
        [.. _sessions.Values
            .Where(s => s.Kind == kind && s.Family == family && (start is null || string.CompareOrdinal(s.Id, start) > 0))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .Take(top)];
}
