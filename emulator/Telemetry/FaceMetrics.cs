using System.Diagnostics;
using System.Diagnostics.Metrics;
using FaceEmulator.Sessions;
using FaceEmulator.Tenancy;

namespace FaceEmulator.Telemetry;

/// <summary>
/// The emulator's meter, one per host (from its <see cref="IMeterFactory"/>, disposed with it). Every recording
/// checks <see cref="Instrument.Enabled"/> first, so without a listener it costs a field read.
/// </summary>
internal sealed class FaceMetrics
{
    private readonly Counter<long> _sessionsCreated;
    private readonly Counter<long> _attempts;
    private readonly Counter<long> _faultsInjected;

    public FaceMetrics(IMeterFactory meters, TenantRegistry tenants)
    {
        var meter = meters.Create(FaceTelemetry.Name, Admin.Info.InfoAdminApi.EmulatorVersion);
        _sessionsCreated = meter.CreateCounter<long>(FaceTelemetry.SessionsCreated, "{session}", "Sessions created.");
        _attempts = meter.CreateCounter<long>(FaceTelemetry.Attempts, "{attempt}", "Liveness attempts, by decision.");
        _faultsInjected = meter.CreateCounter<long>(FaceTelemetry.FaultsInjected, "{fault}", "Responses replaced by a fault rule.");
        meter.CreateObservableUpDownCounter(FaceTelemetry.LiveSessions, () => tenants.SessionCount, "{session}", "Sessions held now.");
        meter.CreateObservableUpDownCounter(FaceTelemetry.LiveTenants, () => tenants.Count, "{tenant}", "Tenants (keys) held now.");
    }

    public void SessionCreated(Tenant tenant, string apiVersion)
    {
        if (_sessionsCreated.Enabled)
        {
            _sessionsCreated.Add(1, new(FaceTelemetry.TenantTag, tenant.SubscriptionId), new(FaceTelemetry.ApiVersionTag, apiVersion));
        }
    }

    /// <summary>Counts the attempt and puts its decision on the current emulator span, if one is being recorded.</summary>
    public void AttemptDecided(Tenant tenant, AttemptRecord attempt)
    {
        var decision = attempt.LivenessDecision ?? attempt.Error?.Code ?? "none";
        if (Activity.Current is { Source.Name: FaceTelemetry.Name } span)
        {
            span.SetTag(FaceTelemetry.DecisionTag, decision);
        }

        if (_attempts.Enabled)
        {
            _attempts.Add(1, new(FaceTelemetry.TenantTag, tenant.SubscriptionId), new(FaceTelemetry.DecisionTag, decision));
        }
    }

    public void FaultInjected(Tenant tenant, string operation, int status)
    {
        if (_faultsInjected.Enabled)
        {
            _faultsInjected.Add(
                1, new(FaceTelemetry.TenantTag, tenant.SubscriptionId), new(FaceTelemetry.OperationTag, operation), new(FaceTelemetry.StatusCodeTag, status));
        }
    }
}
