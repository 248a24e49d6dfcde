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

        var configured = new StaffKeyRing(NamedFirst(named, unnamed));
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
        return new StaffKeyRing([new StaffNamedKey { Name = "Developer", Key = key }]);
    }

    private static IEnumerable<StaffNamedKey> NamedFirst(List<StaffNamedKey> named, List<string> unnamed) =>
        named.Concat(unnamed.Select((k, i) => new StaffNamedKey { Name = $"Staff key {i + 1}", Key = k }));
}
