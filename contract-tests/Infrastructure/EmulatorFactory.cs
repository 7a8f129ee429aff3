using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>
/// The emulator in-process, in deterministic mode, with optional extra configuration. Against any other
/// target (<see cref="TestTarget"/>) constructing one ignores the calling test: settings cannot be given to
/// a process the suite did not start. Fixtures that keep one in a field are ignored before their set-up
/// runs (<see cref="TargetSkipsAttribute"/>), so their tear-down never meets a missing factory. Internal
/// because the emulator keeps its Program internal (see emulator/Program.cs).
/// </summary>
internal sealed class EmulatorFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public const string Reason = "starts its own in-process emulator with special settings, which cannot be given to a process the suite did not start";

    private readonly bool _inProcess = RequireInProcess();
    private readonly StartupFailureCapture _startupFailure = new();

    /// <summary>
    /// Starts the emulator on a real loopback socket (Kestrel on a free port, not TestServer), for clients that
    /// need one or for Kestrel's own limits, and returns its address.
    /// </summary>
    public string StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no addresses.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (!_inProcess)
        {
            return;
        }

        builder.UseEnvironment("Development");
        builder.UseSetting("Emulator:Deterministic", "true");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(_startupFailure));
    }

    /// <summary>
    /// When the emulator fails to start, WebApplicationFactory races the failing host: if the host is disposed
    /// first, it throws ObjectDisposedException and the real error is lost. The host logs that error before it
    /// is disposed, so it is rethrown from the log instead.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        try
        {
            return base.CreateHost(builder);
        }
        catch (ObjectDisposedException) when (_startupFailure.Error is { } error)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
            throw;
        }
    }

    /// <summary>Keeps the exception of the host's "Hosting failed to start" log entry.</summary>
    private sealed class StartupFailureCapture : ILoggerProvider, ILogger
    {
        public Exception? Error { get; private set; }

        public ILogger CreateLogger(string categoryName) =>
            categoryName == "Microsoft.Extensions.Hosting.Internal.Host" ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error && exception is not null)
            {
                Error ??= exception;
            }
        }

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public void Dispose()
        {
        }
    }

    private static bool RequireInProcess()
    {
        if (!TestTarget.Current.IsInProcess)
        {
            Assert.Ignore($"{Reason} ({TestTarget.Current.Describe()})");
        }

        return true;
    }
}
