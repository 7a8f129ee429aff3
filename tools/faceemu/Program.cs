using System.CommandLine;
using FaceEmulator.Tool;
using FaceEmulator.Tool.Control;

var root = new RootCommand("faceemu: the Azure AI Face liveness emulator (serve) and its helpers.");
root.Add(ServeCommand.Create());
root.Add(ImageCommand.Create());
ControlCommands.AddTo(root, ControlCommands.ConnectOverNetwork);
return await root.Parse(args).InvokeAsync();

/// <summary>
/// Kept internal: the ASP.NET Core framework reference (through FaceEmulator.Testing) would otherwise make the
/// top-level Program public, and it would clash with the emulator's Program in the contract tests.
/// </summary>
internal sealed partial class Program;
