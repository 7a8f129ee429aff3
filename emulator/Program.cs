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
