// The baseline for bench/run: the emulator's three benchmarked routes (and /health) answered with canned JSON
// from a dictionary, so every ratio in bench/results measures what the emulator adds on top of bare Kestrel.
using System.Text;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
var app = builder.Build();

const string SessionId = "00000000-0000-0000-0000-000000000001";
var canned = new Dictionary<string, byte[]>(StringComparer.Ordinal)
{
    ["create"] = Encoding.UTF8.GetBytes(
        $$$"""{"sessionId":"{{{SessionId}}}","authToken":"eyJhbGciOiJFUzI1NiJ9.e30.c2ln","status":"NotStarted","modelVersion":"2024-11-15","results":{"attempts":[]}}"""),
    ["createWithVerify"] = Encoding.UTF8.GetBytes(
        $$$"""{"sessionId":"{{{SessionId}}}","authToken":"eyJhbGciOiJFUzI1NiJ9.e30.c2ln","status":"NotStarted","modelVersion":"2024-11-15","results":{"attempts":[],"verifyReferences":[{"referenceType":"image","faceRectangle":{"top":100,"left":100,"width":200,"height":250},"qualityForRecognition":"high"}]}}"""),
    [SessionId] = Encoding.UTF8.GetBytes(
        $$$"""{"sessionId":"{{{SessionId}}}","authToken":"eyJhbGciOiJFUzI1NiJ9.e30.c2ln","status":"NotStarted","modelVersion":"2024-11-15","results":{"attempts":[]}}"""),
    ["health"] = Encoding.UTF8.GetBytes("""{"status":"Healthy"}"""),
};

app.MapGet("/health", (HttpContext context) => WriteAsync(context, canned["health"]));
app.MapPost("/face/v1.2/detectLiveness-sessions", async (HttpContext context) =>
{
    await DrainAsync(context);
    await WriteAsync(context, canned["create"]);
});
app.MapPost("/face/v1.2/detectLivenessWithVerify-sessions", async (HttpContext context) =>
{
    await DrainAsync(context);
    await WriteAsync(context, canned["createWithVerify"]);
});
app.MapGet("/face/v1.2/detectLiveness-sessions/{sessionId}", (HttpContext context, string sessionId) =>
{
    if (canned.TryGetValue(sessionId, out var body))
    {
        return WriteAsync(context, body);
    }

    context.Response.StatusCode = StatusCodes.Status404NotFound;
    return Task.CompletedTask;
});

app.Run();

// Both apps read the whole request body, so W3 compares like with like up to the image inspection.
static async Task DrainAsync(HttpContext context)
{
    var buffer = new byte[16 * 1024];
    while (await context.Request.Body.ReadAsync(buffer, context.RequestAborted) > 0)
    {
    }
}

static Task WriteAsync(HttpContext context, byte[] body)
{
    context.Response.ContentType = "application/json; charset=utf-8";
    return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
}
