using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Resilience;

/// <summary>
/// The generated matrix: every route of <see cref="ResilienceRoutes"/> × every hostile body, framing and id of
/// <see cref="HostileInputs"/>, sent with a bounded degree of parallelism. Every answer must be below 500 and in
/// the envelope; the sessions made before (and any the matrix itself made) must all still be there afterwards.
/// </summary>
public sealed partial class ResilienceTests
{
    private const string MatrixKey = "key-resilience-matrix";
    private const string ThrowawayKey = "key-resilience-throwaway";
    private const string UnknownId = "00000000-0000-0000-0000-00000000dead";
    private const int MatrixParallelism = 8;

    private readonly ConcurrentBag<(string Path, string Id)> _matrixSessions = [];
    private readonly Dictionary<(string Version, bool WithVerify), string> _matrixTokens = [];
    private HttpClient _matrix = null!;
    private string _targetId = null!;

    [Test]
    [Order(50)]
    public async Task Matrix_SetUp_OneSessionPerVersionAndKind()
    {
        _matrix = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = MatrixParallelism * 2 }) { BaseAddress = _server, Timeout = RawHttp.Deadline };
        _matrix.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", MatrixKey);
        foreach (var version in TestVersions.Known)
        {
            foreach (var withVerify in new[] { false, true })
            {
                // The fixture's 1 MiB body limit is below the usual portrait's multipart: the small image instead.
                var path = DeviceHttp.SessionsPath(version, withVerify);
                using var content = withVerify && !DeviceHttp.IsClassic(version)
                    ? FaceHttp.Multipart(TestVersions.CreateFields(version), SmallImage)
                    : (HttpContent)JsonContent.Create(TestVersions.CreateBody(version));
                var response = await FaceResponse.ReadAsync(await _matrix.PostAsync(path, content));
                response.Status.Should().Be(HttpStatusCode.OK, response.Body);
                var id = response.Json!["sessionId"]!.GetValue<string>();
                _matrixSessions.Add((path, id));
                _matrixTokens[(version, withVerify)] = response.Json!["authToken"]!.GetValue<string>();
                _targetId ??= id;
            }
        }
    }

    [Test]
    [Order(51)]
    public async Task Matrix_HostileBodies_OnEveryRoute_AreBelow500InTheEnvelope()
    {
        var cases = from route in ResilienceRoutes.All from body in HostileInputs.Bodies select (route, body);
        var failures = await RunMatrixAsync(cases, async c =>
        {
            using var request = new HttpRequestMessage(new HttpMethod(c.route.Method), c.route.With(IdFor(c.route)))
            {
                Content = new ByteArrayContent(c.body.Bytes),
            };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", c.body.ContentType);
            Authorize(request, c.route);
            using var response = await _matrix.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            TrackCreate(c.route, (int)response.StatusCode, text);
            return Problem((int)response.StatusCode, text, response.Headers.TryGetValues("x-ms-error-code", out var v) ? v.First() : null);
        });

        failures.Should().BeEmpty();
    }

    [Test]
    [Order(52)]
    public async Task Matrix_BrokenFraming_OnEveryRoute_IsBelow500InTheEnvelope()
    {
        var cases = from route in ResilienceRoutes.All from framing in HostileInputs.Framings select (route, framing);
        var failures = await RunMatrixAsync(cases, async c =>
        {
            var head = MatrixHead(c.route, c.route.With(IdFor(c.route)), "Content-Type: application/json", c.framing.Header);
            var response = await RawHttp.SendAsync(_server, head, c.framing.Body, halfClose: c.framing.HalfClose);
            return c.framing.HalfClose && response.Status == 0 ? null : RawProblem(response);
        });

        failures.Should().BeEmpty();
    }

    [Test]
    [Order(53)]
    public async Task Matrix_HostileIds_OnEveryRouteWithAnId_AreBelow500InTheEnvelope()
    {
        var cases = from route in ResilienceRoutes.All.Where(r => r.HasId) from id in HostileInputs.Ids select (route, id);
        // Only a percent-encoded NUL is refused by Kestrel itself (README): every other id reaches the emulator.
        var failures = await RunMatrixAsync(cases, async c => RawProblem(
            await RawHttp.SendAsync(_server, MatrixHead(c.route, c.route.With(c.id)), c.route.Method is "PUT" or "POST" ? "{}"u8.ToArray() : null),
            kestrelMayRefuse: c.id.Contains("%00", StringComparison.Ordinal)));

        failures.Should().BeEmpty();
    }

    [Test]
    [Order(54)]
    public async Task Matrix_Afterwards_NoSessionIsLostOrDuplicated()
    {
        var sessions = _matrixSessions.ToList();
        sessions.Select(s => s.Id).Should().OnlyHaveUniqueItems();
        foreach (var (path, id) in sessions)
        {
            Interlocked.Increment(ref s_cases);
            var response = await FaceResponse.ReadAsync(await _matrix.GetAsync($"{path}/{id}"));
            response.Status.Should().Be(HttpStatusCode.OK, $"{path}/{id} was made before or by the matrix: {response.Body}");
        }

        _matrix.Dispose();
    }

    private static async Task<List<string>> RunMatrixAsync<T>(IEnumerable<T> cases, Func<T, Task<string?>> send)
    {
        var failures = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = MatrixParallelism }, async (c, _) =>
        {
            Interlocked.Increment(ref s_cases);
            if (await send(c) is { } problem)
            {
                failures.Enqueue($"{c}: {problem}");
            }
        });
        return [.. failures.Take(20)];
    }

    // The target session's id where a route reads its body only for a real session (script, attempts); an unknown
    // one where a real id would be deleted.
    private string IdFor(ResilienceRoute route) => route.Method == "DELETE" ? UnknownId : _targetId;

    private void Authorize(HttpRequestMessage request, ResilienceRoute route)
    {
        if (route.Caller == RouteCaller.Device)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(route));
        }
        else if (route.Caller == RouteCaller.Throwaway)
        {
            request.Headers.Add("Ocp-Apim-Subscription-Key", ThrowawayKey);
        }
    }

    private string Token(ResilienceRoute route) => _matrixTokens[(route.Version!, route.Path.Contains("WithVerify", StringComparison.Ordinal))];

    private string MatrixHead(ResilienceRoute route, string target, params string[] extra)
    {
        var caller = route.Caller switch
        {
            RouteCaller.Device => $"Authorization: Bearer {Token(route)}",
            RouteCaller.Throwaway => $"Ocp-Apim-Subscription-Key: {ThrowawayKey}",
            _ => $"Ocp-Apim-Subscription-Key: {MatrixKey}",
        };
        return $"{route.Method} {target} HTTP/1.1\r\nHost: localhost\r\n{caller}\r\nConnection: close\r\n"
            + string.Concat(extra.Select(h => h + "\r\n")) + "\r\n";
    }

    // A create that succeeded made a session the matrix must find again at the end.
    private void TrackCreate(ResilienceRoute route, int status, string body)
    {
        if (route.Method == "POST" && status == 200 && route.Path.EndsWith("sessions", StringComparison.Ordinal)
            && JsonDocument.Parse(body).RootElement.TryGetProperty("sessionId", out var id))
        {
            _matrixSessions.Add((route.Path, id.GetString()!));
        }
    }
}
