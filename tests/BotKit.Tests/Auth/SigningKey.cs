using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace BotKit.Tests.Auth;

/// <summary>A local RSA key pair as a channel would hold it, publishable as a JWK with Bot Connector endorsements.</summary>
internal sealed class SigningKey
{
    // Generating a 2048-bit key takes seconds on a busy machine, so each distinct key is generated once per test run
    // and looked up by name: different names always mean different key material.
    private static readonly ConcurrentDictionary<string, Lazy<RSAParameters>> Materials = new();

    private readonly RSA rsa = RSA.Create();
    private readonly string[] endorsements;

    public SigningKey(string kid, params string[] endorsements)
        : this(kid, materialName: kid, endorsements)
    {
    }

    private SigningKey(string kid, string materialName, string[] endorsements)
    {
        Kid = kid;
        this.endorsements = endorsements;
        rsa.ImportParameters(Materials.GetOrAdd(materialName, _ => new Lazy<RSAParameters>(Generate)).Value);
    }

    public string Kid { get; }

    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256) =>
        new(new RsaSecurityKey(rsa) { KeyId = Kid }, algorithm);

    /// <summary>The public key's DER bytes: what an attacker who fetched the JWKS could use as an HMAC secret.</summary>
    public byte[] PublicKeyBytes => rsa.ExportSubjectPublicKeyInfo();

    /// <summary>A key with this kid but different key material, as a forger would have.</summary>
    public SigningKey Impostor() => new(Kid, materialName: $"impostor of {Kid}", []);

    public JsonObject ToJwk()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements.Length > 0)
        {
            jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => JsonValue.Create(e))]);
        }

        return jwk;
    }

    private static RSAParameters Generate()
    {
        using var generated = RSA.Create(2048);
        return generated.ExportParameters(includePrivateParameters: true);
    }
}
