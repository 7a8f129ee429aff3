using System.Globalization;
using FaceEmulator.Errors;
using FaceEmulator.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceEmulator.Journal;

/// <summary><c>/__admin/requests</c>: what the caller's tenant sent (WireMock's vocabulary).</summary>
internal static class RequestsAdminApi
{
    public static RouteGroupBuilder MapRequestsAdmin(this RouteGroupBuilder admin)
    {
        var group = admin.MapGroup("/requests").WithTags("Requests");
        group.MapGet("/", List).WithName("ListRequests")
            .WithSummary("The tenant's recorded Face requests, newest first; filter by operation, sessionId, method; cap with limit.");
        group.MapDelete("/", Clear).WithName("ClearRequests").WithSummary("Empties the tenant's journal.");
        return admin;
    }

    internal static Results<Ok<JournalList>, FaceErrorResult> List(Tenant tenant, string? operation, string? sessionId, string? method, string? limit)
    {
        var max = int.MaxValue;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out max) || max < 1))
        {
            return FaceErrors.AdminBadArgument($"'limit' must be a positive integer, not '{limit}'.").ToResult();
        }

        var matching = tenant.Journal.List()
            .Where(e => operation is null || string.Equals(e.Operation, operation, StringComparison.OrdinalIgnoreCase))
            .Where(e => sessionId is null || string.Equals(e.SessionId, sessionId, StringComparison.Ordinal))
            .Where(e => method is null || string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return TypedResults.Ok(new JournalList(matching.Count, [.. matching.Take(max)]));
    }

    internal static NoContent Clear(Tenant tenant)
    {
        tenant.Journal.Clear();
        return TypedResults.NoContent();
    }
}

/// <summary>The answer of <c>GET /__admin/requests</c>.</summary>
/// <param name="Total">How many entries matched the filters before <c>limit</c> applied.</param>
internal sealed record JournalList(int Total, IReadOnlyList<JournalEntry> Requests);
