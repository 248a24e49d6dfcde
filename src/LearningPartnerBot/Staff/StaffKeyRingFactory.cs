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

        var configured = new StaffKeyRing(options.ApiKeys);
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
        return new StaffKeyRing([key]);
    }
}
