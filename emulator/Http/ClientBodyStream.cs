namespace FaceEmulator.Http;

/// <summary>
/// The request body as handlers see it: whatever goes wrong while reading the client's bytes (a chunk size
/// that overflows, a chunk cut short, a connection reset) surfaces as a <see cref="BadHttpRequestException"/>,
/// which <see cref="InputFailure"/> answers as Azure's body error. Without this, Kestrel's framing errors arrive
/// as plain <see cref="IOException"/>s, indistinguishable from the emulator's own I/O failures.
/// </summary>
internal sealed class ClientBodyStream(Stream inner, CancellationToken requestAborted) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        try
        {
            return inner.Read(buffer, offset, count);
        }
        catch (Exception ex) when (IsClientFailure(ex))
        {
            throw Refusal(ex);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.ReadAsync(buffer, cancellationToken);
        }
        catch (Exception ex) when (IsClientFailure(ex))
        {
            throw Refusal(ex);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    // Kestrel's own refusals already say what went wrong (413, 408, 400); a cancellation is the client leaving.
    private bool IsClientFailure(Exception ex) =>
        ex is not (BadHttpRequestException or OperationCanceledException) && !requestAborted.IsCancellationRequested;

    private static BadHttpRequestException Refusal(Exception ex) =>
        new("The request body could not be read.", StatusCodes.Status400BadRequest, ex);
}
