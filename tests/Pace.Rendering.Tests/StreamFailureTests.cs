using Pace.Yaml;

namespace Pace.Rendering.Tests;

/// <summary>
/// A stream that fails while the PDF is written (a full disk, a closed pipe) must surface as an exception to the
/// caller. Before the fix, Skia called the stream from native code and the process aborted.
/// </summary>
public class StreamFailureTests
{
    [TestCase(OutputFormat.Pdf)]
    [TestCase(OutputFormat.Png)]
    [TestCase(OutputFormat.Svg)]
    public void A_failing_stream_throws_instead_of_crashing(OutputFormat format)
    {
        var chart = ChartReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "examples", "technical-wholesaler.pace.yaml")).Chart!;
        using var failing = new FailingStream();
        var e = Assert.Throws<IOException>(() => ChartRenderer.Render(TestCharts.Checked(chart), failing, new RenderOptions { Format = format }));
        Assert.That(e!.Message, Is.EqualTo(FailingStream.Message));
    }

    private sealed class FailingStream : MemoryStream
    {
        public const string Message = "No space left on device";

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException(Message);

        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException(Message);

        public override void WriteByte(byte value) => throw new IOException(Message);
    }
}
