using BotKit.Hosting;
using LearningPartnerBot;
using LearningPartnerBot.Channels.DirectLine;
using LearningPartnerBot.Channels.Playground;
using LearningPartnerBot.Data;
using LearningPartnerBot.Diagnostics;
using LearningPartnerBot.Eligibility.Api;
using LearningPartnerBot.Health;
using LearningPartnerBot.RateLimiting;
using LearningPartnerBot.Staff;
using LearningPartnerBot.Staff.Pages;
using LearningPartnerBot.Tickets.Api;

if (BotCommandLine.IsCommand(args))
{
    return await BotCommandLine.InvokeAsync(args, Console.Out, Console.Error);
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
