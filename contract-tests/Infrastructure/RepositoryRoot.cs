namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>Finds files that live in the repository rather than in the test output folder.</summary>
public static class RepositoryRoot
{
    private const string Marker = "FaceEmulator.sln";

    /// <summary>
    /// Walks up from the test assembly's folder to the one holding <c>FaceEmulator.sln</c>, so the
    /// lookup holds whatever the output path or the working directory of the test runner is.
    /// </summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Marker)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No {Marker} above {AppContext.BaseDirectory}.");
    }
}
