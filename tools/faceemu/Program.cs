using System.CommandLine;
using FaceEmulator.Tool;

var root = new RootCommand("faceemu: helpers for the Azure AI Face liveness emulator.");
root.Add(ImageCommand.Create());
return root.Parse(args).Invoke();
