namespace Pace.Imaging;

/// <summary>A PNG that cannot be decoded; <see cref="Reason"/> names the message-table phrase that says why.</summary>
internal sealed class PngFormatException(string reason) : Exception(reason)
{
    /// <summary>The key of the phrase that says what is wrong, e.g. <c>PngReasonChecksum</c>.</summary>
    public string Reason { get; } = reason;
}
