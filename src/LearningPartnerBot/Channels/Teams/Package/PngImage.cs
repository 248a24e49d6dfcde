using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace LearningPartnerBot.Channels.Teams.Package;

/// <summary>
/// Writes an 8-bit RGBA PNG: signature, IHDR, one zlib-compressed IDAT, IEND. Enough for the two app icons, so
/// the package needs neither an image library nor binary files in the repository.
/// </summary>
public static class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>Encodes a <paramref name="width"/>×<paramref name="height"/> image whose pixels are given as 0xRRGGBBAA.</summary>
    public static byte[] Encode(int width, int height, Func<int, int, uint> rgbaAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentNullException.ThrowIfNull(rgbaAt);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 6; // colour type RGBA; compression, filter and interlace stay 0

        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", CompressedScanlines(width, height, rgbaAt));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] CompressedScanlines(int width, int height, Func<int, int, uint> rgbaAt)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + width * 4]; // leading 0: filter type None
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    BinaryPrimitives.WriteUInt32BigEndian(row.AsSpan(1 + x * 4), rgbaAt(x, y));
                }

                zlib.Write(row);
            }
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeAndData = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typeAndData);
        data.CopyTo(typeAndData, 4);
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
