using System.Buffers.Binary;
using System.Text;

namespace Pace.Package.Tests;

/// <summary>
/// The little of a 64-bit little-endian ELF file the package tests look at: whether it is a program (it names an
/// interpreter, the dynamic loader that starts it: glibc's or musl's), and the shared libraries it needs.
/// </summary>
internal sealed class Elf
{
    private const int ProgramInterpreter = 3;   // PT_INTERP
    private const int Loadable = 1;             // PT_LOAD
    private const int Dynamic = 2;              // PT_DYNAMIC
    private const long Needed = 1;              // DT_NEEDED
    private const long StringTable = 5;         // DT_STRTAB
    private const long VersionNeeds = 0x6ffffffe;       // DT_VERNEED
    private const long VersionNeedCount = 0x6fffffff;   // DT_VERNEEDNUM

    private Elf(string? interpreter, IReadOnlyList<string> needed, IReadOnlyList<string> versions)
    {
        Interpreter = interpreter;
        NeededLibraries = needed;
        NeededVersions = versions;
    }

    /// <summary>The program interpreter (<c>/lib64/ld-linux-x86-64.so.2</c> for glibc, <c>/lib/ld-musl-x86_64.so.1</c> for musl); null for a shared library.</summary>
    public string? Interpreter { get; }

    /// <summary>The DT_NEEDED entries: <c>libc.so.6</c> for glibc, <c>libc.musl-x86_64.so.1</c> for musl.</summary>
    public IReadOnlyList<string> NeededLibraries { get; }

    /// <summary>The symbol versions it needs from those libraries (GLIBC_2.34…): the oldest C library it runs with.</summary>
    public IReadOnlyList<string> NeededVersions { get; }

    public static bool IsElf(ReadOnlySpan<byte> bytes) => bytes.Length > 4 && bytes[0] == 0x7F && bytes[1] == (byte)'E' && bytes[2] == (byte)'L' && bytes[3] == (byte)'F';

    public static Elf Read(byte[] bytes)
    {
        if (!IsElf(bytes) || bytes[4] != 2 || bytes[5] != 1)
        {
            throw new InvalidDataException("not a 64-bit little-endian ELF file");
        }

        var span = bytes.AsSpan();
        var programHeaders = (long)U64(span, 0x20);
        var entrySize = U16(span, 0x36);
        var count = U16(span, 0x38);
        string? interpreter = null;
        (long Offset, long Size)? dynamic = null;
        var loads = new List<(long VirtualAddress, long Offset, long Size)>();
        for (var i = 0; i < count; i++)
        {
            var header = span[(int)(programHeaders + (i * entrySize))..];
            var type = U32(header, 0);
            var offset = (long)U64(header, 0x08);
            var virtualAddress = (long)U64(header, 0x10);
            var fileSize = (long)U64(header, 0x20);
            switch (type)
            {
                case ProgramInterpreter:
                    interpreter = Encoding.ASCII.GetString(span.Slice((int)offset, (int)fileSize)).TrimEnd('\0');
                    break;
                case Dynamic:
                    dynamic = (offset, fileSize);
                    break;
                case Loadable:
                    loads.Add((virtualAddress, offset, fileSize));
                    break;
                default:
                    break;
            }
        }

        var needed = new List<string>();
        var versions = new List<string>();
        if (dynamic is { } table)
        {
            var entries = new List<(long Tag, long Value)>();
            for (var at = table.Offset; at + 16 <= table.Offset + table.Size; at += 16)
            {
                var tag = (long)U64(span, (int)at);
                if (tag == 0)
                {
                    break;
                }

                entries.Add((tag, (long)U64(span, (int)at + 8)));
            }

            long FileOffset(long address)
            {
                var load = loads.First(l => address >= l.VirtualAddress && address < l.VirtualAddress + l.Size);
                return address - load.VirtualAddress + load.Offset;
            }

            var strings = FileOffset(entries.Single(e => e.Tag == StringTable).Value);
            string Name(long offset)
            {
                var start = (int)(strings + offset);
                return Encoding.ASCII.GetString(bytes, start, Array.IndexOf(bytes, (byte)0, start) - start);
            }

            needed.AddRange(entries.Where(e => e.Tag == Needed).Select(e => Name(e.Value)));

            // Elf64_Verneed { u16 version, u16 count, u32 file, u32 aux, u32 next } → Elf64_Vernaux { u32 hash, u16 flags, u16 other, u32 name, u32 next }
            if (entries.Any(e => e.Tag == VersionNeeds))
            {
                var need = (int)FileOffset(entries.Single(e => e.Tag == VersionNeeds).Value);
                for (var n = 0; n < entries.Single(e => e.Tag == VersionNeedCount).Value; n++)
                {
                    var aux = need + (int)U32(span, need + 8);
                    for (var a = 0; a < U16(span, need + 2); a++)
                    {
                        versions.Add(Name(U32(span, aux + 8)));
                        aux += (int)U32(span, aux + 12);
                    }

                    need += (int)U32(span, need + 12);
                }
            }
        }

        return new Elf(interpreter, needed, versions);
    }

    private static ushort U16(ReadOnlySpan<byte> span, int at) => BinaryPrimitives.ReadUInt16LittleEndian(span[at..]);

    private static uint U32(ReadOnlySpan<byte> span, int at) => BinaryPrimitives.ReadUInt32LittleEndian(span[at..]);

    private static ulong U64(ReadOnlySpan<byte> span, int at) => BinaryPrimitives.ReadUInt64LittleEndian(span[at..]);
}
