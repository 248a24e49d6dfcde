namespace BotKit.Auth;

public static class BearerToken
{
    /// <summary>Accepts exactly "Bearer &lt;token&gt;": two parts, scheme compared ordinally, as the channel contract requires.</summary>
    public static bool TryParse(string? header, out string token)
    {
        token = string.Empty;
        var parts = header?.Split(' ');
        if (parts is not [var scheme, var value] || !string.Equals(scheme, "Bearer", StringComparison.Ordinal) || value.Length == 0)
        {
            return false;
        }

        token = value;
        return true;
    }
}
