using System.Buffers;
using System.Text.Json;
using BotKit.Schema;
using Microsoft.AspNetCore.Http;

namespace BotKit.Hosting;

/// <summary>
/// Reads an Activity from a request body, classifying every way the input can be wrong as an HTTP status,
/// so bad input is answered 4xx and never reaches the bot or becomes a 500. Public for the bot's other inbound
/// endpoints (its own Direct Line), which must hold posted activities to the same limits.
/// </summary>
public static class InboundActivityReader
{
    public readonly record struct Result(Activity? Activity, int ErrorStatus, string? Error);

    private const int InitialBufferBytes = 4 * 1024;

    public static async Task<Result> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!HttpMethods.IsPost(request.Method))
        {
            return Fail(StatusCodes.Status405MethodNotAllowed, "Only POST is supported.");
        }

        if (!IsJson(request.ContentType))
        {
            return Fail(StatusCodes.Status415UnsupportedMediaType, "Content-Type must be application/json.");
        }

        if (request.ContentLength > maxBytes)
        {
            return Fail(StatusCodes.Status413PayloadTooLarge, $"The body exceeds {maxBytes} bytes.");
        }

        // Read into a pooled buffer sized by the declared length (an activity is usually under a kilobyte), grown for a
        // body that has none. Chunked bodies carry no length, so the limit is also enforced while reading.
        Activity? activity;
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is { } declared ? (int)declared + 1 : InitialBufferBytes);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    return Fail(StatusCodes.Status413PayloadTooLarge, $"The body exceeds {maxBytes} bytes.");
                }
            }

            try
            {
                activity = JsonSerializer.Deserialize<Activity>(buffer.AsSpan(0, length), BotJson.Options);
            }
            catch (JsonException ex)
            {
                return Fail(StatusCodes.Status400BadRequest, $"The body is not an Activity: {ex.Message}");
            }
            catch (InvalidOperationException ex)
            {
                return Fail(StatusCodes.Status400BadRequest, $"The body is not an Activity: {ex.Message}");
            }
        }
        finally
        {
            // Nothing refers to the bytes once deserialized: strings and JSON elements are copies.
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (string.IsNullOrWhiteSpace(activity?.Type))
        {
            return Fail(StatusCodes.Status400BadRequest, "The activity has no type.");
        }

        activity.RemoveNullItems();
        return new Result(activity, 0, null);
    }

    private static bool IsJson(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }

        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private static Result Fail(int status, string error) => new(null, status, error);
}
