using System.Security.Cryptography;
using System.Text;

namespace LearningPartnerBot.Staff;

/// <summary>The staff keys the API accepts, checked without revealing through timing which key or how much matched.</summary>
public sealed class StaffKeyRing
{
    private readonly byte[][] _keyHashes;

    public StaffKeyRing(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keyHashes = [.. keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => Hash(k.Trim()))];
    }

    /// <summary>False when no key is configured: the staff API then refuses every request.</summary>
    public bool HasKeys => _keyHashes.Length > 0;

    /// <summary>
    /// True when the presented key is one of the configured keys. Both sides are hashed first so the comparison
    /// always covers the same number of bytes, and every key is compared so the time does not depend on which one matched.
    /// </summary>
    public bool Accepts(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var hash = Hash(presented);
        var accepted = false;
        foreach (var keyHash in _keyHashes)
        {
            accepted |= CryptographicOperations.FixedTimeEquals(hash, keyHash);
        }

        return accepted;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
