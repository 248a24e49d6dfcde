using System.Buffers.Binary;
using System.IO.Compression;

namespace LearningPartnerBot.Tests.Channels.Teams;

/// <summary>Reads back the pixels of an unfiltered 8-bit RGBA PNG with one IDAT, the only kind the app icons are.</summary>
internal static class PngPixels
{
    public static uint[] Decode(byte[] png)
    {
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
        using var data = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            if (System.Text.Encoding.ASCII.GetString(png, offset + 4, 4) == "IDAT")
            {
                data.Write(png, offset + 8, length);
            }

            offset += 12 + length;
        }

        data.Position = 0;
        using var zlib = new ZLibStream(data, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var bytes = raw.ToArray();
        var pixels = new uint[width * height];
        var stride = 1 + width * 4;
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(0, bytes[y * stride]); // filter type None
            for (var x = 0; x < width; x++)
            {
                pixels[y * width + x] = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(y * stride + 1 + x * 4));
            }
        }

        return pixels;
    }
}
