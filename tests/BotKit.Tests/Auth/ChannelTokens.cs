using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BotKit.Tests.Auth;

/// <summary>Mints the tokens a channel (or a forger) would send, valid by default, with one thing changed per test.</summary>
internal sealed record ChannelTokens
{
    public const string AppId = "8c3a5f2e-1b7d-4e6a-9f10-2d4c6b8a0e13";

    public const string ServiceUrl = "https://channel.example/";

    public string Issuer { get; init; } = "https://api.botframework.com";

    public string Audience { get; init; } = AppId;

    public string? ServiceUrlClaim { get; init; } = ServiceUrl;

    public DateTime NotBefore { get; init; } = DateTime.UtcNow.AddMinutes(-1);

    public DateTime Expires { get; init; } = DateTime.UtcNow.AddHours(1);

    public IReadOnlyDictionary<string, object> ExtraClaims { get; init; } = new Dictionary<string, object>();

    public string Sign(SigningCredentials credentials) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        NotBefore = NotBefore,
        IssuedAt = NotBefore,
        Expires = Expires,
        Claims = Claims(),
        SigningCredentials = credentials,
    });

    /// <summary>An unsigned token ("alg": "none") that names a published key.</summary>
    public string Unsigned(string kid)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = kid };
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = Audience,
            ["nbf"] = new DateTimeOffset(NotBefore).ToUnixTimeSeconds(),
            ["exp"] = new DateTimeOffset(Expires).ToUnixTimeSeconds(),
        };
        foreach (var (type, value) in Claims())
        {
            payload[type] = JsonValue.Create(value);
        }

        return $"{Encode(header)}.{Encode(payload)}.";
    }

    private Dictionary<string, object> Claims()
    {
        var claims = new Dictionary<string, object>(ExtraClaims);
        if (ServiceUrlClaim is not null)
        {
            claims["serviceurl"] = ServiceUrlClaim;
        }

        return claims;
    }

    private static string Encode(JsonObject json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
