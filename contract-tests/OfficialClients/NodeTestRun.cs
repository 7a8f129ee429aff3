using System.Diagnostics;

namespace FaceEmulator.ContractTests.OfficialClients;

/// <summary>One <c>node --test</c> run: exit code and everything it printed.</summary>
public sealed record NodeTestRun(int? ExitCode, string Output, bool TimedOut)
{
    /// <summary>
    /// Runs <paramref name="testFile"/> in <paramref name="workingDirectory"/> (every <c>*.test.mjs</c> there,
    /// as plain <c>node --test</c> does, when it is null); kills the whole tree on timeout.
    /// </summary>
    public static async Task<NodeTestRun> StartAsync(
        string workingDirectory, string? testFile, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        // The spec reporter reads better than TAP in a failure message; NO_COLOR keeps ANSI codes out of it.
        string[] arguments = testFile is null ? ["--test", "--test-reporter=spec"] : ["--test", "--test-reporter=spec", testFile];
        var startInfo = new ProcessStartInfo("node", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("node did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var timedOut = false;
        using (var cts = new CancellationTokenSource(timeout))
        {
            try
            {
                await process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                // node --test forks a child per file: kill the tree, or the child keeps the pipes open.
                timedOut = true;
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        var output = $"--- stdout ---\n{await stdout}\n--- stderr ---\n{await stderr}";
        return new NodeTestRun(timedOut ? null : process.ExitCode, output, timedOut);
    }

    /// <summary>True when an executable named <c>node</c> is on PATH.</summary>
    public static bool IsNodeOnPath()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "node.exe", "node.cmd" } : ["node"];
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => names.Any(name => File.Exists(Path.Combine(dir, name))));
    }
}
