using System.Text.Json;
using FaceEmulator.Testing;

namespace FaceEmulator.Tool.Control;

/// <summary>An outcome on the command line: a scenario name (<c>screen-replay</c>) or a JSON object.</summary>
internal static class OutcomeText
{
    public const string Help = "A scenario name (real-face, printed-photo, screen-replay, 3d-mask, face-mask-detected, ...) or a JSON outcome such as '{\"decision\":\"spoofface\",\"latencyMs\":120}'.";

    public static Outcome Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.TrimStart().StartsWith('{'))
        {
            return Scenario.Named(text.Trim());
        }

        try
        {
            return JsonSerializer.Deserialize<Outcome>(text, CommandOutput.Json) ?? throw new UsageException("An outcome object may not be null.");
        }
        catch (JsonException ex)
        {
            throw new UsageException($"'{text}' is not an outcome object: {ex.Message}");
        }
    }

    /// <summary>A short description for tables: the scenario, else the decision or error, plus overrides.</summary>
    public static string Describe(Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var text = outcome.Scenario?.Name ?? outcome.Decision ?? (outcome.Error is { } error ? "error " + error.Code : "?");
        if (outcome.Scenario is not null)
        {
            return text;
        }

        var details = new List<string>();
        if (outcome.MatchConfidence is { } confidence)
        {
            details.Add("match " + CommandOutput.Number(confidence));
        }

        if (outcome.LatencyMs is { } latency)
        {
            details.Add(CommandOutput.Number(latency) + " ms");
        }

        return details.Count == 0 ? text : $"{text} ({string.Join(", ", details)})";
    }
}
