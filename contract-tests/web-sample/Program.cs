// dotnet run --project contract-tests/web-sample -- --Face:Endpoint=http://localhost:5080 --Face:Key=my-key
// then open the address it prints. Face:ComponentUrl overrides where the page imports the component from.
WebSample.SampleApp.Build(args).Run();
