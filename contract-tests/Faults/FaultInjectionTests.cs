using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Faults;

public sealed class FaultInjectionTests : TenantFixture
{
    [TearDown]
    public Task ResetTenant() => Client.ResetAsync();

    [Test]
    public async Task RateLimit_AzureEnvelope_MatchesTheRecorded429()
    {
        await Client.AddFaultAsync("""{"operation":"CreateLivenessSession","status":429}""");

        var response = await Client.PostSessionAsync("v1.2-preview.1");

        // Recordings README, fact 5.
        response.ShouldBeError(HttpStatusCode.TooManyRequests, "429");
        response.Header("Retry-After").Should().Be("1");
        response.Header("policy-id").Should().Be("ResourceRateLimitBy1s");
        response.Header("Content-Type").Should().Be("application/json");
        response.Header("CSP-Billing-Usage").Should().BeNull();
        response.Header("apim-request-id").Should().NotBeNull();
        response.Json!["error"]!["message"]!.GetValue<string>().Should()
            .StartWith("Requests to the CreateLivenessSession Operation under Azure AI Face API - v1.2-preview.1 have exceeded call rate limit")
            .And.Contain("Please retry after 1 second.");
    }

    [Test]
    public async Task RateLimit_RetryAfterIsConfigurable()
    {
        await Client.AddFaultAsync("""{"operation":"*","status":429,"retryAfterSeconds":7}""");

        var response = await Client.PostSessionAsync();

        response.Header("Retry-After").Should().Be("7");
        response.Json!["error"]!["message"]!.GetValue<string>().Should().Contain("Please retry after 7 seconds.");
    }

    [Test]
    public async Task GatewayEnvelope_HasStatusCodeAndNoErrorCodeHeader()
    {
        await Client.AddFaultAsync("""{"operation":"*","status":429,"envelope":"gateway","retryAfterSeconds":26}""");

        var response = await Client.PostSessionAsync();

        // The v1.1-preview.1 example files' 429: {"error":{"statusCode":429,"message":"Rate limit is exceeded. Try again in 26 seconds."}}.
        response.Status.Should().Be(HttpStatusCode.TooManyRequests);
        response.Json!["error"]!["statusCode"]!.GetValue<int>().Should().Be(429);
        response.Json!["error"]!["message"]!.GetValue<string>().Should().Be("Rate limit is exceeded. Try again in 26 seconds.");
        response.Json!["error"]!["code"].Should().BeNull();
        response.Header("x-ms-error-code").Should().BeNull();
        response.Header("Retry-After").Should().Be("26");
    }

    [TestCase(500, "InternalServerError")]
    [TestCase(503, "ServiceUnavailable")]
    [TestCase(502, "BadGateway")]
    public async Task ServerError_HasTheDefaultCodeForItsStatus(int status, string code)
    {
        await Client.AddFaultAsync($$"""{"operation":"CreateLivenessSession","status":{{status}}}""");

        var response = await Client.PostSessionAsync();

        response.ShouldBeError((HttpStatusCode)status, code);
        response.Header("Retry-After").Should().BeNull();
        response.Header("policy-id").Should().BeNull();
    }

    [Test]
    public async Task CustomCodeAndMessage_AreReturned()
    {
        await Client.AddFaultAsync("""{"operation":"*","status":400,"errorCode":"InvalidRequestBody","message":"Scripted failure."}""");

        var response = await Client.PostSessionAsync();

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
        response.Json!["error"]!["message"]!.GetValue<string>().Should().Be("Scripted failure.");
    }

    [Test]
    public async Task ProbabilityZero_NeverFires()
    {
        await Client.AddFaultAsync("""{"operation":"*","status":500,"probability":0}""");

        for (var i = 0; i < 5; i++)
        {
            (await Client.PostSessionAsync()).Status.Should().Be(HttpStatusCode.OK);
        }
    }

    [Test]
    public async Task ProbabilityOne_AlwaysFires()
    {
        await Client.AddFaultAsync("""{"operation":"*","status":500,"probability":1}""");

        for (var i = 0; i < 5; i++)
        {
            (await Client.PostSessionAsync()).Status.Should().Be(HttpStatusCode.InternalServerError);
        }
    }

    [Test]
    public async Task CountTwo_FiresTwice_ThenExpires()
    {
        await Client.AddFaultAsync("""{"operation":"CreateLivenessSession","status":503,"count":2}""");

        (await Client.PostSessionAsync()).Status.Should().Be(HttpStatusCode.ServiceUnavailable);
        var listed = await Client.GetFaceAsync("/__admin/faults");
        listed.Json!["faults"]![0]!["remaining"]!.GetValue<int>().Should().Be(1);
        (await Client.PostSessionAsync()).Status.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await Client.PostSessionAsync()).Status.Should().Be(HttpStatusCode.OK);

        (await Client.GetFaceAsync("/__admin/faults")).Json!["faults"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task Count_IsNeverExceeded_UnderParallelRequests()
    {
        await Client.AddFaultAsync("""{"operation":"CreateLivenessSession","status":429,"count":5}""");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Client.PostSessionAsync()));

        responses.Count(r => r.Status == HttpStatusCode.TooManyRequests).Should().Be(5);
        responses.Count(r => r.Status == HttpStatusCode.OK).Should().Be(15);
    }

    [Test]
    public async Task OperationFilter_LeavesOtherOperationsAlone()
    {
        var created = await Client.PostSessionAsync();
        var sessionId = created.Json!["sessionId"]!.GetValue<string>();
        await Client.AddFaultAsync("""{"operation":"GetLivenessSessionResult","status":500}""");

        (await Client.PostSessionAsync()).Status.Should().Be(HttpStatusCode.OK);
        (await Client.GetFaceAsync($"{AdminHttp.CreatePath}/{sessionId}")).Status.Should().Be(HttpStatusCode.InternalServerError);
    }

    [Test]
    public async Task ApiVersionFilter_LeavesOtherVersionsAlone()
    {
        await Client.AddFaultAsync("""{"operation":"CreateLivenessSession","apiVersion":"v1.2","status":500}""");

        (await Client.PostSessionAsync("v1.2-preview.1")).Status.Should().Be(HttpStatusCode.OK);
        (await Client.PostSessionAsync("v1.2")).Status.Should().Be(HttpStatusCode.InternalServerError);
    }

    [Test]
    public async Task Delete_RemovesOneRule()
    {
        var first = await Client.AddFaultAsync("""{"operation":"CreateLivenessSession","status":500}""");
        await Client.AddFaultAsync("""{"operation":"GetLivenessSessionResult","status":500}""");
        var id = first.Json!["id"]!.GetValue<string>();

        (await Client.DeleteFaceAsync($"/__admin/faults/{id}")).Status.Should().Be(HttpStatusCode.NoContent);

        (await Client.PostSessionAsync()).Status.Should().Be(HttpStatusCode.OK);
        var remaining = (await Client.GetFaceAsync("/__admin/faults")).Json!["faults"]!.AsArray();
        remaining.Select(f => f!["operation"]!.GetValue<string>()).Should().Equal("GetLivenessSessionResult");
    }

    [Test]
    public async Task DeleteUnknownId_Returns404()
    {
        var response = await Client.DeleteFaceAsync("/__admin/faults/fault-999");

        response.ShouldBeError(HttpStatusCode.NotFound, "NotFound");
    }

    [Test]
    public async Task DeleteAll_RemovesEveryRule()
    {
        await Client.AddFaultAsync("""{"operation":"*","status":500}""");
        await Client.AddFaultAsync("""{"operation":"*","status":503}""");

        (await Client.DeleteFaceAsync("/__admin/faults")).Status.Should().Be(HttpStatusCode.NoContent);

        (await Client.PostSessionAsync()).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Add_ReturnsTheRuleWithIdAndDefaults()
    {
        var response = await Client.AddFaultAsync("""{"operation":"createlivenesssession","status":429}""");

        response.Header("Location").Should().Be($"/__admin/faults/{response.Json!["id"]}");
        response.Json!["id"]!.GetValue<string>().Should().Be("fault-1");
        response.Json!["operation"]!.GetValue<string>().Should().Be("CreateLivenessSession");
        response.Json!["envelope"]!.GetValue<string>().Should().Be("azure");
        response.Json!["probability"]!.GetValue<double>().Should().Be(1);
        response.Json!["retryAfterSeconds"]!.GetValue<int>().Should().Be(1);
        response.Json!["injected"]!.GetValue<int>().Should().Be(0);
    }

    [TestCase("""{"status":429}""")]
    [TestCase("""{"operation":"CreateSession","status":429}""")]
    [TestCase("""{"operation":"*","apiVersion":"v9","status":429}""")]
    [TestCase("""{"operation":"*","status":200}""")]
    [TestCase("""{"operation":"*","status":600}""")]
    [TestCase("""{"operation":"*"}""")]
    [TestCase("""{"operation":"*","errorCode":"X","latencyMs":10}""")]
    [TestCase("""{"operation":"*","status":500,"probability":1.5}""")]
    [TestCase("""{"operation":"*","status":500,"count":0}""")]
    [TestCase("""{"operation":"*","status":500,"latencyMs":-1}""")]
    [TestCase("""{"operation":"*","status":500,"envelope":"soap"}""")]
    [TestCase("""{"operation":"*","status":"500"}""")]
    [TestCase("""{"operation":"*","status":500,"colour":"red"}""")]
    [TestCase("""not json""")]
    public async Task BadRule_Returns400BadArgument(string body)
    {
        var response = await Client.PostAdminAsync("/__admin/faults", body);

        response.ShouldBeError(HttpStatusCode.BadRequest, "BadArgument");
        (await Client.GetFaceAsync("/__admin/faults")).Json!["faults"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task Faults_DoNotApplyToAdminCalls()
    {
        await Client.AddFaultAsync("""{"operation":"*","status":500}""");

        (await Client.GetFaceAsync("/__admin/clock")).Status.Should().Be(HttpStatusCode.OK);
    }
}
