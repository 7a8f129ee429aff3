using System.Text;
using System.Text.Json;
using FaceEmulator.Http;
using Microsoft.AspNetCore.Http;
using SixLabors.ImageSharp;

namespace FaceEmulator.ContractTests.Http;

/// <summary>
/// The one classifier of escaped exceptions: what the request's bytes caused is the client's 4xx; anything
/// else, even of the same type from the same library, stays the emulator's 500.
/// </summary>
public sealed class InputFailureTests
{
    [Test]
    public void UndecodableJsonText_IsInvalidRequestBody()
    {
        foreach (var body in new[] { """{"a":"\ud800"}"""u8.ToArray(), """{"a":"\udc00x"}"""u8.ToArray(), [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D] })
        {
            using var json = JsonDocument.Parse(body);
            var thrown = Catch(() => json.RootElement.GetProperty("a").GetString());

            thrown.Should().BeOfType<InvalidOperationException>();
            InputFailure.Classify(thrown)!.Code.Should().Be("InvalidRequestBody", Encoding.Latin1.GetString(body));
        }
    }

    [Test]
    public void RequestFailures_AreTheirOwn4xx()
    {
        InputFailure.Classify(new BadHttpRequestException("too large", 413))!.Status.Should().Be(413);
        InputFailure.Classify(new BadHttpRequestException("slow", 408))!.Status.Should().Be(408);
        InputFailure.Classify(new BadHttpRequestException("framing", 400))!.Code.Should().Be("InvalidRequestBody");
        InputFailure.Classify(Catch(() => JsonDocument.Parse("{")))!.Code.Should().Be("InvalidRequestBody");
        InputFailure.Classify(new DecoderFallbackException())!.Code.Should().Be("InvalidRequestBody");
        InputFailure.Classify(new InvalidDataException("multipart"))!.Code.Should().Be("InvalidRequestBody");
        InputFailure.Classify(Catch(() => Image.Identify([1, 2, 3, 4])))!.Code.Should().Be("InvalidImage");
    }

    [Test]
    public void OtherExceptions_StayA500_EvenFromTheJsonLibrary()
    {
        using var json = JsonDocument.Parse("""{"a":1}""");
        var wrongType = Catch(() => json.RootElement.GetProperty("a").GetString());

        wrongType.Should().BeOfType<InvalidOperationException>("reading a number as a string is the emulator's bug");
        InputFailure.Classify(wrongType).Should().BeNull();
        InputFailure.StatusFor(wrongType).Should().Be(500);
        InputFailure.Classify(new InvalidOperationException("a bug")).Should().BeNull();
        InputFailure.Classify(new IOException("the disk")).Should().BeNull();
        InputFailure.Classify(new KeyNotFoundException()).Should().BeNull();
        InputFailure.Classify(new ArgumentException("a bug")).Should().BeNull();
    }

    private static Exception Catch(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            return ex;
        }

        throw new AssertionException("Expected an exception.");
    }
}
