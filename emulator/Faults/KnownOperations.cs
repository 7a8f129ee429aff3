using FaceEmulator.Http;

namespace FaceEmulator.Faults;

/// <summary>
/// The Azure operation names the emulator serves, read from the route table. The app's data sources are
/// attached at mapping time: the DI <see cref="EndpointDataSource"/> is only filled once the server has
/// started, after the scenario file (which needs the names) is loaded.
/// </summary>
internal sealed class KnownOperations(EndpointDataSource fallback)
{
    private ICollection<EndpointDataSource>? _sources;
    private IReadOnlyCollection<string>? _names;

    public void Attach(ICollection<EndpointDataSource> sources) => _sources = sources;

    /// <summary>Read on first use, which is after every route is mapped.</summary>
    public IReadOnlyCollection<string> Names => _names ??= (_sources ?? [fallback])
        .SelectMany(source => source.Endpoints)
        .Select(e => e.Metadata.GetMetadata<FaceOperation>()?.Name)
        .OfType<string>()
        .ToHashSet(StringComparer.Ordinal);
}
