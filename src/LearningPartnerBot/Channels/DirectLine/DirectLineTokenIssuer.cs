using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Channels.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: compact JWTs signed with HMAC-SHA256 under a key made at start-up. JWT-shaped
/// because directlinejs decodes the token to find a user id embedded in it. The key lives only in this process, so a
/// restart invalidates every token, which is fine for conversations that also live only in memory.
/// Stream tokens (the <c>t</c> of a streamUrl) are a separate kind: a URL ends up in logs and browser history, so it
/// carries a short-lived token that opens that conversation's WebSocket and nothing else.
/// </summary>
public sealed class DirectLineTokenIssuer(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private const string StreamScope = "stream";

    private static readonly string Header = Base64Url(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    public string Issue(string conversationId, string? userId, string? userName)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return Encode(new Claims(conversationId, userId, userName, (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds(), Scope: null));
    }

    /// <summary>A token that only opens <paramref name="conversationId"/>'s WebSocket stream, for a short while.</summary>
    public string IssueStream(string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return Encode(new Claims(conversationId, null, null, (clock.GetUtcNow() + options.Value.StreamUrlLifetime).ToUnixTimeSeconds(), StreamScope));
    }

    /// <summary>The token's grant, or null when it is malformed, forged, expired or a stream token (all answered 403 alike).</summary>
    public DirectLineToken? Validate(string? token) => Validate(token, scope: null);

    /// <summary>The stream token's grant, or null when it is not a valid, unexpired stream token.</summary>
    public DirectLineToken? ValidateStream(string? token) => Validate(token, StreamScope);

    private DirectLineToken? Validate(string? token, string? scope)
    {
        var parts = token?.Split('.');
        if (parts is not [var header, var payload, var signature] || header != Header)
        {
            return null;
        }

        var expected = Sign(header + "." + payload);
        if (!TryDecode(signature, out var actual) || !CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            return null;
        }

        Claims? claims;
        try
        {
            claims = TryDecode(payload, out var json) ? JsonSerializer.Deserialize<Claims>(json) : null;
        }
        catch (JsonException)
        {
            return null;
        }

        if (claims?.Conversation is not { Length: > 0 } conversation || claims.Scope != scope)
        {
            return null;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(claims.Expires);
        return expiresAt > clock.GetUtcNow() ? new DirectLineToken(conversation, expiresAt) : null;
    }

    private string Encode(Claims claims)
    {
        var unsigned = Header + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        return unsigned + "." + Base64Url(Sign(unsigned));
    }

    private byte[] Sign(string unsigned) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(unsigned));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryDecode(string text, out byte[] bytes)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        bytes = new byte[padded.Length];
        return Convert.TryFromBase64String(padded, bytes, out var written) && (bytes = bytes[..written]).Length > 0;
    }

    private sealed record Claims(
        [property: JsonPropertyName("conv")] string Conversation,
        [property: JsonPropertyName("user"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? User,
        [property: JsonPropertyName("name"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name,
        [property: JsonPropertyName("exp")] long Expires,
        [property: JsonPropertyName("scp"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Scope);
}
