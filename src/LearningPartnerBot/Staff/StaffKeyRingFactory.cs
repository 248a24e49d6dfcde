using LearningPartnerBot.Data;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Staff;

/// <summary>Builds the key ring from configuration, adding the Development key when no key is configured.</summary>
internal static class StaffKeyRingFactory
{
    public static StaffKeyRing Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StaffApiOptions>>().Value;
        var environment = services.GetRequiredService<IHostEnvironment>();
        var logger = services.GetRequiredService<ILogger<StaffKeyRing>>();

        var unnamed = options.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k)).ToList();
        var named = options.Keys.Where(k => !string.IsNullOrWhiteSpace(k.Key)).ToList();
        if (unnamed.Concat(named.Select(k => k.Key!)).Any(k => k.Trim().Length < StaffKeyRing.MinimumKeyLength))
        {
            // Refused rather than warned about: a short key is a guessable password to every partner's tickets.
            throw new InvalidOperationException(
                $"Every staff key ({StaffApiOptions.SectionName}:ApiKeys, {StaffApiOptions.SectionName}:Keys) must have at least {StaffKeyRing.MinimumKeyLength} characters; generate one with: openssl rand -base64 32");
        }

        var unknownRoles = options.Roles.SelectMany(r => r.Value).Where(role => !StaffRoles.All.Contains(role?.Trim().ToLowerInvariant())).ToList();
        if (unknownRoles.Count > 0)
        {
            // A misspelt role would silently leave someone without access, or be read as a role nobody checks.
            throw new InvalidOperationException(
                $"{StaffApiOptions.SectionName}:Roles names unknown roles ({string.Join(", ", unknownRoles)}); the roles are: {string.Join(", ", StaffRoles.All)}.");
        }

        var configured = new StaffKeyRing(NamedFirst(named, unnamed).Select(k => WithRoles(k, options)));
        if (configured.HasKeys)
        {
            return configured;
        }

        if (!environment.IsDevelopment())
        {
            logger.LogWarning("No staff keys are configured ({Section}:ApiKeys): every staff API request will be refused.", StaffApiOptions.SectionName);
            return configured;
        }

        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var dataDirectory = Path.GetFullPath(storage.DataDirectory, environment.ContentRootPath);
        var key = DevelopmentStaffKey.ReadOrCreate(dataDirectory, out var path);
        // The location only: the key itself must never reach a log.
        logger.LogInformation("Development staff API key: send the contents of {KeyFile} as 'Authorization: Bearer <key>'.", path);
        // The developer's own machine: every staff page should be there to try.
        return new StaffKeyRing([new StaffNamedKey { Name = "Developer", Key = key, GrantedRoles = StaffRoles.All }]);
    }

    private static StaffNamedKey WithRoles(StaffNamedKey key, StaffApiOptions options) =>
        options.Roles.TryGetValue(key.Name?.Trim() ?? string.Empty, out var roles)
            ? new StaffNamedKey { Name = key.Name, Key = key.Key, GrantedRoles = [.. roles.Select(r => r.Trim().ToLowerInvariant()).Distinct()] }
            : key;

    private static IEnumerable<StaffNamedKey> NamedFirst(List<StaffNamedKey> named, List<string> unnamed) =>
        named.Concat(unnamed.Select((k, i) => new StaffNamedKey { Name = $"Staff key {i + 1}", Key = k }));
}
