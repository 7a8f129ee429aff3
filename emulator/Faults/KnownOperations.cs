using FaceEmulator.Http;

namespace FaceEmulator.Faults;

/// <summary>The Azure operation names the emulator serves, read from the route table once it is built.</summary>
internal sealed class KnownOperations(EndpointDataSource endpoints)
{
    private IReadOnlyCollection<string>? _names;

    public IReadOnlyCollection<string> Names => _names ??= endpoints.Endpoints
        .Select(e => e.Metadata.GetMetadata<FaceOperation>()?.Name)
        .OfType<string>()
        .ToHashSet(StringComparer.Ordinal);
}
