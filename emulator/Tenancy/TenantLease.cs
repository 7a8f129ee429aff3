namespace FaceEmulator.Tenancy;

/// <summary>
/// A request's hold on its tenant. While any request holds a tenant, eviction at the tenant cap passes it by,
/// so a create that resolved the tenant stores its session in the tenant that later requests find.
/// </summary>
internal sealed class TenantLease(Tenant tenant) : IDisposable
{
    private int _released;

    public Tenant Tenant { get; } = tenant;

    /// <summary>Runs the rest of the pipeline (handler, journal, faults) with the tenant held.</summary>
    public async Task HoldDuringAsync(RequestDelegate next, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context);
        }
        finally
        {
            Dispose();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            Tenant.Release();
        }
    }
}
