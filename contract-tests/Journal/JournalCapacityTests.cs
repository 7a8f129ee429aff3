using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Journal;

public sealed class JournalCapacityTests()
    : OwnEmulatorFixture(new Dictionary<string, string?> { ["Emulator:Journal:Capacity"] = "3" })
{

    [Test]
    public async Task OverCapacity_DropsTheOldestEntries()
    {
        using var client = Client("key-capacity");

        for (var i = 0; i < 5; i++)
        {
            await client.PostSessionAsync();
        }

        var requests = (await client.GetFaceAsync("/__admin/requests")).Json!["requests"]!.AsArray();
        requests.Select(e => e!["sequence"]!.GetValue<long>()).Should().Equal(5, 4, 3);
    }

    [Test]
    public void ZeroCapacity_FailsStartUp()
    {
        using var factory = new EmulatorFactory(new Dictionary<string, string?> { ["Emulator:Journal:Capacity"] = "0" });

        var start = () => factory.CreateClient();

        start.Should().Throw<Exception>().Where(e => e.ToString().Contains("Capacity", StringComparison.Ordinal));
    }
}
