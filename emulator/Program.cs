using FaceEmulator;

var builder = WebApplication.CreateBuilder(args);
builder.AddFaceEmulator();

var app = builder.Build();
app.UseFaceEmulator();
app.MapFaceEmulator();
app.Run();
