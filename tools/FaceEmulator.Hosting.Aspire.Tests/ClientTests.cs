using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FaceEmulator.Client.Aspire;
using FaceEmulator.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FaceEmulator.Hosting.Aspire.Tests;

/// <summary>The app side: AddFaceClient reads ConnectionStrings:{name} and its HttpClient talks to the emulator.</summary>
public sealed class ClientTests
{
    [Test]
    public async Task AddFaceClient_ConfiguresAnHttpClientThatCreatesAndGets()
    {
        await using var emulator = await FaceEmulatorHost.StartAsync(new FaceEmulatorOptions { UseLoopbackPort = true, Key = "key-app" });
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:face"] = $"Endpoint={emulator.Endpoint};Key=key-app";
        builder.AddFaceClient("face");
        using var host = builder.Build();

        using var http = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient("face");
        using var created = await http.PostAsJsonAsync("face/v1.2/detectLiveness-sessions", new { livenessOperationMode = "Passive", deviceCorrelationId = "d" });
        var sessionId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["sessionId"]!.GetValue<string>();
        var session = await http.GetFromJsonAsync<JsonObject>($"face/v1.2/detectLiveness-sessions/{sessionId}");

        session!["sessionId"]!.GetValue<string>().Should().Be(sessionId);
        (await emulator.Requests.ForSessionAsync(sessionId)).Should().HaveCount(2, "both calls carried the tenant's key");
        host.Services.GetRequiredKeyedService<FaceConnection>("face").Should().Be(new FaceConnection(emulator.Endpoint, "key-app"));
    }

    [Test]
    public void AddFaceClient_WithoutTheConnectionString_SaysWhatIsMissing()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Invoking(b => b.AddFaceClient("face")).Should().Throw<InvalidOperationException>().WithMessage("*ConnectionStrings:face*");
    }

    [TestCase("Endpoint=http://localhost:5080/", "*both Endpoint and Key*")]
    [TestCase("Key=k", "*both Endpoint and Key*")]
    [TestCase("Endpoint=localhost:5080;Key=k", "*not an absolute http or https URI*")]
    [TestCase("Endpoint=ftp://localhost/;Key=k", "*not an absolute http or https URI*")]
    [TestCase("Endpoint", "Not a connection string*")]
    public void Parse_RejectsIncompleteOrWrongConnectionStrings(string value, string message) =>
        FluentActions.Invoking(() => FaceConnection.Parse(value)).Should().Throw<FormatException>().WithMessage(message);

    [Test]
    public void Parse_AcceptsAnyOrderCaseAndQuotes()
    {
        var connection = FaceConnection.Parse("key='a;b'; endpoint=http://127.0.0.1:5080");
        connection.Should().Be(new FaceConnection(new Uri("http://127.0.0.1:5080/"), "a;b"));
        connection.ToString().Should().NotContain("a;b", "the key stays out of logs");
        FaceConnection.Parse(connection.ToConnectionString()).Should().Be(connection);
    }
}
