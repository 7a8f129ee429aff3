using FaceEmulator.Sessions;
using FaceEmulator.Tenancy;
using FaceEmulator.Versions;

namespace FaceEmulator.DeviceSide;

/// <summary>Who a valid session token speaks for: the tenant, the session and the version it was issued in.</summary>
internal sealed record DeviceCaller(Tenant Tenant, SessionRecord Session, ApiVersion Version);
