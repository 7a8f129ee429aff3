using FaceEmulator;
using FaceEmulator.Admin;

if (HealthProbe.IsRequested(args))
{
    return await HealthProbe.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddFaceEmulator();

var app = builder.Build();
app.UseFaceEmulator();
app.MapFaceEmulator();
app.Run();
return 0;

/// <summary>
/// Internal on purpose: .NET 10 would make a top-level Program public, and the packed emulator's public Program
/// would clash with the Program of every app whose tests reference FaceEmulator.Testing.
/// </summary>
internal sealed partial class Program;
