using System.Collections.Concurrent;
using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Resilience;

/// <summary>Thousands of concurrent creates, gets, attempts and deletes on the same ids: nothing lost, nothing twice.</summary>
public sealed partial class ResilienceTests
{
    private const string ClassicSessions = "/face/v1.2-preview.1/detectLiveness/singleModal/sessions";
    private const string StormKey = "key-resilience-storm";

    [Test]
    [Order(40)]
    public async Task ConcurrentCreateGetDelete_OnTheSameIds_LoseAndDuplicateNothing()
    {
        using var storm = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = _server, Timeout = RawHttp.Deadline };
        storm.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", StormKey);

        async Task<FaceResponse> Send(HttpMethod method, string path, string? json = null)
        {
            Interlocked.Increment(ref s_cases);
            using var request = new HttpRequestMessage(method, path)
            {
                Content = json is null ? null : new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
            };
            var response = await FaceResponse.ReadAsync(await storm.SendAsync(request));
            AssertSane(response, $"{method} {path}");
            return response;
        }

        const string body = """{"livenessOperationMode":"Passive","deviceCorrelationId":"d"}""";
        var first = await Task.WhenAll(Enumerable.Range(0, 500).Select(_ => Send(HttpMethod.Post, ClassicSessions, body)));
        first.Should().AllSatisfy(r => r.Status.Should().Be(HttpStatusCode.OK));
        var ids = first.Select(r => r.Json!["sessionId"]!.GetValue<string>()).ToList();
        ids.Should().OnlyHaveUniqueItems();

        // Half the ids are deleted three times over while they are read and given attempts; more sessions are created meanwhile.
        var doomed = ids.Take(250).ToList();
        var deletes = new ConcurrentDictionary<string, int>();
        var created = new ConcurrentBag<string>();
        var work = new List<Task>();
        foreach (var id in ids)
        {
            for (var i = 0; i < 3; i++)
            {
                work.Add(Send(HttpMethod.Get, $"{ClassicSessions}/{id}"));
            }

            work.Add(Send(HttpMethod.Post, $"/__admin/sessions/{id}/attempts", "{}"));
            if (doomed.Contains(id))
            {
                for (var i = 0; i < 3; i++)
                {
                    work.Add(DeleteAsync(id));
                }
            }
        }

        for (var i = 0; i < 500; i++)
        {
            work.Add(CreateAsync());
        }

        await Task.WhenAll(work);

        deletes.Should().HaveCount(doomed.Count).And.AllSatisfy(d => d.Value.Should().Be(1, $"exactly one DELETE of {d.Key} succeeds"));
        var expected = ids.Except(doomed).Concat(created).ToList();
        expected.Should().OnlyHaveUniqueItems().And.HaveCount(750);

        var listed = new List<string>();
        string? start = null;
        while (true)
        {
            var page = await Send(HttpMethod.Get, $"{ClassicSessions}?top=1000" + (start is null ? string.Empty : $"&start={start}"));
            var items = page.Json!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();
            if (items.Count == 0)
            {
                break;
            }

            listed.AddRange(items);
            start = items[^1];
        }

        listed.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(expected);
        foreach (var id in doomed.Take(20))
        {
            (await Send(HttpMethod.Get, $"{ClassicSessions}/{id}")).ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
        }

        async Task DeleteAsync(string id)
        {
            var response = await Send(HttpMethod.Delete, $"{ClassicSessions}/{id}");
            if (response.Status == HttpStatusCode.OK)
            {
                deletes.AddOrUpdate(id, 1, (_, n) => n + 1);
            }
            else
            {
                response.ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
            }
        }

        async Task CreateAsync()
        {
            var response = await Send(HttpMethod.Post, ClassicSessions, body);
            response.Status.Should().Be(HttpStatusCode.OK);
            created.Add(response.Json!["sessionId"]!.GetValue<string>());
        }
    }
    /// <summary>
    /// At a small tenant cap, keys come and go: each creates a session, reads it back and deletes it, so tenants are
    /// forever becoming idle while others' first creates are in flight. A create may be refused (403
    /// KeyLimitExceeded) but never answered 200 and then lost to the eviction of its tenant.
    /// </summary>
    [Test]
    [Order(41)]
    public async Task AtTheTenantCap_WithKeysComingAndGoing_EveryAcknowledgedCreateReadsBack()
    {
        const int workers = 24;
        const int rounds = 25;
        await using var capped = new EmulatorFactory(new Dictionary<string, string?> { ["Emulator:Limits:MaxTenants"] = "4" });
        var (acknowledged, refused) = (0, 0);
        var lost = new ConcurrentBag<string>();

        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            using var client = capped.CreateClient();
            client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", $"key-churn-{worker}");
            for (var round = 0; round < rounds; round++)
            {
                var created = await client.PostSessionAsync();
                Count(created, "create");
                if (created.Status == HttpStatusCode.Forbidden)
                {
                    created.ShouldBeError(HttpStatusCode.Forbidden, "KeyLimitExceeded");
                    Interlocked.Increment(ref refused);
                    continue;
                }

                created.Status.Should().Be(HttpStatusCode.OK, created.Body);
                Interlocked.Increment(ref acknowledged);
                var id = created.Json!["sessionId"]!.GetValue<string>();
                var read = await client.GetFaceAsync($"{AdminHttp.CreatePath}/{id}");
                Count(read, "read back");
                if (read.Status != HttpStatusCode.OK)
                {
                    lost.Add($"key-churn-{worker} {id}: {(int)read.Status} {read.Body}");
                    continue;
                }

                var deleted = await client.DeleteFaceAsync($"{AdminHttp.CreatePath}/{id}");
                Count(deleted, "delete");
                deleted.Status.Should().Be(HttpStatusCode.NoContent, deleted.Body);
            }
        })));

        lost.Should().BeEmpty($"{acknowledged} creates were answered 200 ({refused} refused)");
        acknowledged.Should().BeGreaterThan(workers, "idle tenants make room for new keys");

        static void Count(FaceResponse response, string what)
        {
            Interlocked.Increment(ref s_cases);
            AssertSane(response, what);
        }
    }
}
