using System.Security.Cryptography;
using System.Text;

namespace LearningPartnerBot.Staff;

/// <summary>A key the ring accepted: whose it is (the name comments are signed with), a stable id for it, and its roles.</summary>
public sealed record StaffKeyHolder(string Name, string KeyId)
{
    public IReadOnlyList<string> Roles { get; init; } = StaffRoles.Default;
}

/// <summary>The staff keys the API accepts, checked without revealing through timing which key or how much matched.</summary>
public sealed class StaffKeyRing
{
    /// <summary>Shorter keys can be guessed; a generated key (openssl rand -base64 32) has 44 characters.</summary>
    public const int MinimumKeyLength = 32;

    private readonly (byte[] Hash, StaffKeyHolder Holder)[] _keys;

    /// <summary>Unnamed keys, named "Staff key 1", "Staff key 2", … in order.</summary>
    public StaffKeyRing(IEnumerable<string> keys)
        : this(keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select((k, i) => new StaffNamedKey { Name = $"Staff key {i + 1}", Key = k }))
    {
    }

    public StaffKeyRing(IEnumerable<StaffNamedKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys =
        [
            .. keys.Where(k => !string.IsNullOrWhiteSpace(k.Key))
                .Select(k => (Hash(k.Key!.Trim()), new StaffKeyHolder(string.IsNullOrWhiteSpace(k.Name) ? "Staff" : k.Name.Trim(), KeyId(k.Key!.Trim())) { Roles = k.GrantedRoles ?? StaffRoles.Default })),
        ];
    }

    /// <summary>False when no key is configured: the staff API then refuses every request.</summary>
    public bool HasKeys => _keys.Length > 0;

    /// <summary>
    /// True when the presented key is one of the configured keys. Both sides are hashed first so the comparison
    /// always covers the same number of bytes, and every key is compared so the time does not depend on which one matched.
    /// </summary>
    public bool Accepts(string? presented) => Match(presented) is not null;

    /// <summary>Whose key <paramref name="presented"/> is, or null when it is none of the ring's.</summary>
    public StaffKeyHolder? Match(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }

        var hash = Hash(presented);
        StaffKeyHolder? match = null;
        foreach (var (keyHash, holder) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, keyHash))
            {
                match = holder;
            }
        }

        return match;
    }

    /// <summary>Whether the key a session was signed in with is still configured; a removed key ends its sessions.</summary>
    public bool StillHolds(string? keyId) => keyId is not null && _keys.Any(k => k.Holder.KeyId == keyId);

    /// <summary>
    /// Whether the key with this fingerprint has <paramref name="role"/> now: read at each request, so a role taken
    /// away in configuration takes effect without waiting for sessions to end.
    /// </summary>
    public bool Grants(string? keyId, string role) =>
        keyId is not null && _keys.Any(k => k.Holder.KeyId == keyId && k.Holder.Roles.Contains(role, StringComparer.Ordinal));

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    // A fingerprint for the session cookie, not the key: half a hash of a domain-separated input, useless for signing in.
    private static string KeyId(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("lpb-staff-session:" + key)), 0, 16);
}
