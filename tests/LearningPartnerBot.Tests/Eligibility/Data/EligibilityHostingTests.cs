using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.Tests.Eligibility.Data;

public sealed class EligibilityHostingTests
{
    [Fact]
    public async Task The_bot_migrates_the_eligibility_tables_at_start_up_and_serves_the_shared_service()
    {
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        var service = factory.Services.GetRequiredService<IEligibilityService>();

        Assert.Empty(await service.LearningCompetenciesAsync());
        await Assert.ThrowsAsync<UnknownPartnerException>(() => service.CheckAsync("1234567", "Cloud Platform"));
    }
}
