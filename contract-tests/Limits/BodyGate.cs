using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace FaceEmulator.ContractTests.Limits;

/// <summary>
/// A seam for check-then-act races, without the wall clock: the body of a request that carries
/// <see cref="Header"/> is withheld until <see cref="Release"/> completes, and <see cref="Reading"/> completes
/// when the handler starts to read it. By then the request's tenant is resolved and the handler's checks that
/// come before the body (does the session exist?) have run, so a test can act in exactly that gap.
/// </summary>
internal sealed class BodyGate : IStartupFilter
{
    public const string Header = "x-test-body-gate";

    public TaskCompletionSource Reading { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (context.Request.Headers.ContainsKey(Header))
            {
                context.Request.Body = new GatedStream(context.Request.Body, this);
            }

            return following(context);
        });
        next(app);
    };

    private sealed class GatedStream(Stream inner, BodyGate gate) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            gate.Reading.TrySetResult();
            await gate.Release.Task.WaitAsync(cancellationToken);
            return await inner.ReadAsync(buffer, cancellationToken);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
