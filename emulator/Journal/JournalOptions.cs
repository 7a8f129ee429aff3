using System.ComponentModel.DataAnnotations;

namespace FaceEmulator.Journal;

/// <summary>The request journal behind <c>/__admin/requests</c>.</summary>
public sealed class JournalOptions
{
    public const string SectionName = "Emulator:Journal";

    /// <summary>Entries kept per tenant; older ones are dropped first. Defaults to 1000.</summary>
    [Range(1, 1_000_000)]
    public int Capacity { get; set; } = 1000;
}
