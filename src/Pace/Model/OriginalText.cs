namespace Pace;

/// <summary>The text a chart was read from, as the reader parsed it, for writing the chart back by editing it.</summary>
/// <param name="Text">The text without its byte-order mark.</param>
/// <param name="ByteOrderMark">Whether the text began with a byte-order mark, which the writer then keeps.</param>
internal sealed record OriginalText(string Text, bool ByteOrderMark);
