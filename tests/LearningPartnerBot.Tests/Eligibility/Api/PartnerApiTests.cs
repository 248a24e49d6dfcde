using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Tests.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.Tests.Eligibility.Api;

public sealed class PartnerApiTests(StaffApiFactory factory) : IClassFixture<StaffApiFactory>
{
    private readonly HttpClient _staff = factory.CreateStaffClient();

    private async Task<Partner?> StoredAsync(string mpnId)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EligibilityDbContext>>().CreateDbContextAsync();
        return await db.Partners.AsNoTracking()
            .Include(p => p.Trainers).Include(p => p.Exams).Include(p => p.Commitments).Include(p => p.Users)
            .SingleOrDefaultAsync(p => p.MpnId == mpnId);
    }

    [Fact]
    public async Task A_put_stores_the_partner_normalized_and_a_second_put_replaces_its_children()
    {
        await StaffData.LoadCatalogAsync(_staff);
        await StaffData.LoadPartnerAsync(_staff, "T-300");

        var replacement = await _staff.PutAsJsonAsync("/api/partners/T-300", new
        {
            name = "Contoso Learning BV",
            country = "nl",
            anniversaryDate = "2022-02-28",
            trainers = new[] { new { mctId = "MCT-9", name = "Cem Trainer", certifiedUntil = "2023-01-31" } },
            users = new[] { new { upn = "Cem@Contoso.example", role = "other" } },
        });

        Assert.Equal(HttpStatusCode.OK, replacement.StatusCode);
        var stored = await StoredAsync("T-300");
        Assert.NotNull(stored);
        Assert.Equal(("Contoso Learning BV", "NL", new DateOnly(2022, 2, 28), EnrollmentLevel.None), (stored.Name, stored.Country, stored.AnniversaryDate, stored.EnrollmentLevel));
        Assert.Equal("MCT-9", Assert.Single(stored.Trainers).MctId);
        Assert.Empty(stored.Exams);
        Assert.Empty(stored.Commitments);
        var user = Assert.Single(stored.Users);
        Assert.Equal(("cem@contoso.example", PartnerRole.Other), (user.Upn, user.Role));
    }

    [Fact]
    public async Task Every_invalid_field_is_reported_and_nothing_is_stored()
    {
        await StaffData.LoadCatalogAsync(_staff);

        var response = await _staff.PutAsJsonAsync("/api/partners/T-301", new
        {
            name = "Fabrikam",
            country = "XX",
            anniversaryDate = "01-05-2021",
            enrollment = new { level = "platinum" },
            trainers = new[] { new { mctId = "MCT-1", name = "Ana", certifiedUntil = "2021-02-30" } },
            commitments = new[] { new { competency = "Basket Weaving", committedOn = "2020-01-01" } },
            users = new[] { new { name = "Nobody", role = "Boss" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(
            ["anniversaryDate", "commitments[0].competency", "country", "enrollment.level", "trainers[0].certifiedUntil", "users[0]", "users[0].role"],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("YYYY-MM-DD", (string?)errors["anniversaryDate"]![0], StringComparison.Ordinal);
        Assert.Null(await StoredAsync("T-301"));
    }

    [Fact]
    public async Task A_silver_enrollment_must_name_a_loaded_competency()
    {
        await StaffData.LoadCatalogAsync(_staff);

        var response = await _staff.PutAsJsonAsync("/api/partners/T-302", new
        {
            name = "Fabrikam",
            country = "TR",
            anniversaryDate = "2021-05-01",
            enrollment = new { level = "silver", competency = "Modern Work" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("No competency named 'Modern Work'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requirements_naming_an_unknown_competency_or_level_are_refused()
    {
        await StaffData.LoadCatalogAsync(_staff);

        var response = await _staff.PutAsJsonAsync("/api/requirements/2022", new object[]
        {
            new { competency = "Modern Work", level = "silver", minMcts = 1 },
            new { competency = "Cloud Platform", level = "platinum", minMcts = -1 },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(["[0].competency", "[1].level", "[1].minMcts"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }
}
