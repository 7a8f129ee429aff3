namespace FaceEmulator.Tenancy;

/// <summary>Prepares a new tenant (also after a reset), e.g. with the scenario file's clock and faults.</summary>
internal interface ITenantInitializer
{
    void Initialize(Tenant tenant);
}
