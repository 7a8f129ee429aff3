using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.QaScenarios;

/// <summary>
/// Runs a README walkthrough line by line, as a shell would: variables are set, curl commands are sent to
/// the in-process emulator in place of <c>$E</c>, <c>-o</c> files are kept in memory for the <c>jq</c> lines,
/// and every <c># →</c> line is checked. The file paths in <c>-d @…</c> are read from the repository root.
/// </summary>
internal sealed class WalkthroughRunner(HttpClient client, string repositoryRoot)
{
    /// <summary>The shell variable holding the emulator's address.</summary>
    public const string BaseVariable = "E";

    public async Task<int> RunAsync(Walkthrough walkthrough)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new Dictionary<string, FaceResponse>(StringComparer.Ordinal);
        var requests = 0;
        foreach (var line in walkthrough.Lines)
        {
            var where = $"README line {line.LineNumber} ({walkthrough.Title})";
            switch (line)
            {
                case Assignment assignment:
                    var words = ShellWords.Split(assignment.Value, variables);
                    words.Should().ContainSingle($"{where}: a variable gets one word");
                    variables[assignment.Name] = words[0];
                    break;
                case Capture capture:
                    foreach (var (name, path, file) in capture.Values)
                    {
                        files.Should().ContainKey(file, $"{where}: no earlier curl wrote {file} with -o");
                        var value = Expectation.Text(Expectation.Select(files[file].Json, path, where));
                        value.Should().NotBeNullOrEmpty($"{where}: {path} in {file}");
                        variables[name] = value!;
                    }

                    break;
                case Request request:
                    variables.Should().ContainKey(BaseVariable, $"{where}: ${BaseVariable} must be set first");
                    var curl = CurlCommand.Parse(ShellWords.Split(request.Text, variables), repositoryRoot, request.Text);
                    using (var message = curl.ToRequest(variables[BaseVariable]))
                    {
                        var response = await FaceResponse.ReadAsync(await client.SendAsync(message));
                        request.Expected!.Verify(response, $"{where}: {request.Text}");
                        if (curl.OutputFile is { } output)
                        {
                            files[output] = response;
                        }
                    }

                    requests++;
                    break;
            }
        }

        return requests;
    }
}
