using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Conformance;

/// <summary>How the environment picks the suite's target and versions.</summary>
public sealed class TestTargetTests
{
    [TestCase("""{"now":"2024-01-01T00:00:00+00:00","frozen":true}""", true)]
    [TestCase("""{"now":"2024-01-01T00:00:00+00:00","frozen":false}""", false)]
    [TestCase("""{"now":"2026-12-06T06:31:00+00:00","frozen":false}""", false)]
    public void DeterminismProbe_AcceptsOnlyAFrozenClockAtTheDeterministicStart(string clock, bool deterministic)
    {
        var target = TestTarget.FromEnvironment(Env(("FACE_EMULATOR_URL", "http://127.0.0.1:6000")));
        using var message = new HttpResponseMessage(System.Net.HttpStatusCode.OK);

        var problem = DeterminismProbe.Problem(target, new FaceResponse(System.Net.HttpStatusCode.OK, message, clock));

        if (deterministic)
        {
            problem.Should().BeNull();
        }
        else
        {
            problem.Should().Contain("Emulator__Deterministic=true").And.Contain("http://127.0.0.1:6000");
        }
    }

    [Test]
    public void NoVariables_MeansInProcess()
    {
        var target = TestTarget.FromEnvironment(_ => null);

        target.Kind.Should().Be(TargetKind.InProcess);
        target.KeyFor("k").Should().Be("k");
    }

    [Test]
    public void EmulatorUrl_WithPrefix_PrefixesEveryKey()
    {
        var target = TestTarget.FromEnvironment(Env(("FACE_EMULATOR_URL", "http://127.0.0.1:6000"), ("FACE_KEY_PREFIX", "run7-")));

        target.Kind.Should().Be(TargetKind.Url);
        target.BaseAddress.Should().Be(new Uri("http://127.0.0.1:6000"));
        target.KeyFor("k").Should().Be("run7-k");
    }

    [Test]
    public void EndpointAndKey_MeanLiveMode_WithOneKeyForAll()
    {
        var target = TestTarget.FromEnvironment(Env(("FACE_ENDPOINT", "https://my.cognitiveservices.azure.com/"), ("FACE_KEY", "secret")));

        target.IsLive.Should().BeTrue();
        target.KeyFor("a").Should().Be("secret");
        target.KeyFor("b").Should().Be("secret");
    }

    [TestCase("FACE_ENDPOINT", "https://x.test", null, null, "*FACE_KEY*")]
    [TestCase("FACE_ENDPOINT", "https://x.test", "FACE_EMULATOR_URL", "http://y.test", "*not both*")]
    [TestCase("FACE_EMULATOR_URL", "localhost:5080", null, null, "*absolute http(s) URL*")]
    public void BadSettings_FailFast(string name, string value, string? name2, string? value2, string message)
    {
        var env = name2 is null ? Env((name, value)) : Env((name, value), (name2, value2!));

        FluentActions.Invoking(() => TestTarget.FromEnvironment(env)).Should().Throw<InvalidOperationException>().WithMessage(message);
    }

    [Test]
    public void VersionFilter_SelectsNamedVersions()
    {
        TestVersions.Select("v1.2, v1.3-preview.1").Should().BeEquivalentTo("v1.2", "v1.3-preview.1");
        TestVersions.Select(null).Should().BeEquivalentTo(TestVersions.Known);
    }

    [Test]
    public void VersionFilter_UnknownName_FailsFastNamingTheKnownOnes() =>
        FluentActions.Invoking(() => TestVersions.Select("v1.2,v1.4"))
            .Should().Throw<InvalidOperationException>().WithMessage("*unknown version(s) v1.4*known: v1.1-preview.1, v1.2-preview.1, v1.2, v1.3-preview.1*");

    [TestCase("""{"livenessAbuseMonitoring":{"enabled":false}}""", true)]
    [TestCase("""{"livenessAbuseMonitoring":{"enabled":"no"}}""", false)]
    [TestCase("{}", false)]
    [TestCase("{", false)]
    public void LiveGuard_SpotsSettingsPatchesThatChangeTheResource(string body, bool changes) =>
        TargetGuardHandler.ChangesAbuseMonitoring(body).Should().Be(changes);

    [TestCase("/face/v1.2/detectLiveness-sessions", "v1.2")]
    [TestCase("/FACE/v1.3-preview.1/settings", "v1.3-preview.1")]
    [TestCase("/__admin/clock", null)]
    public void FaceVersionOf_ReadsThePathsVersion(string path, string? version) =>
        TargetGuardHandler.FaceVersionOf(path).Should().Be(version);

    private static Func<string, string?> Env(params (string Name, string Value)[] pairs) =>
        name => pairs.FirstOrDefault(p => p.Name == name).Value;
}
