using BotKit.Hosting;
using LearningPartnerBot;
using LearningPartnerBot.Channels.Console;
using LearningPartnerBot.Channels.DirectLine;
using LearningPartnerBot.Channels.Playground;
using LearningPartnerBot.Channels.Teams.Package;
using LearningPartnerBot.Data;
using LearningPartnerBot.Diagnostics;
using LearningPartnerBot.Eligibility.Api;
using LearningPartnerBot.Eligibility.Demo;
using LearningPartnerBot.Health;
using LearningPartnerBot.Knowledge.Tools;
using LearningPartnerBot.RateLimiting;
using LearningPartnerBot.Staff;
using LearningPartnerBot.Staff.Pages;
using LearningPartnerBot.Tickets.Api;

if (ConsoleChatCommand.TryParse(args, out var chat))
{
    return await chat.RunAsync();
}

if (KbCommand.Matches(args))
{
    return await KbCommand.RunAsync(args, Console.Out);
}

if (SeedDemoCommand.Matches(args))
{
    return await SeedDemoCommand.RunAsync(args, Console.Out);
}

if (TeamsPackageCommand.Matches(args))
{
    return await TeamsPackageCommand.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddBotKit(builder.Configuration)
    .AddBotStorage(builder.Configuration)
    .AddLearningPartnerBot(builder.Configuration)
    .AddStaffApi(builder.Configuration)
    .AddStaffPages()
    .AddDirectLine(builder.Configuration)
    .AddBotRateLimiting(builder.Configuration);

var app = builder.Build();

app.UseRateLimiter();
app.MapBotMessages();
app.MapHealthEndpoints();
app.MapBotTelemetry();
app.MapStaffApi().MapEligibilityApi().MapTicketApi();
app.MapStaffPages();
app.MapPlayground();

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
