using BotKit.Hosting;
using LearningPartnerBot;
using LearningPartnerBot.Channels.Console;
using LearningPartnerBot.Data;

if (ConsoleChatCommand.TryParse(args, out var chat))
{
    return await chat.RunAsync();
}

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddBotKit(builder.Configuration)
    .AddBotStorage(builder.Configuration)
    .AddLearningPartnerBot();

var app = builder.Build();

app.MapBotMessages();
app.MapHealthChecks("/healthz");
app.MapGet("/", () => Results.Text(
    "LearningPartnerBot is running. Channels post activities to /api/messages; try it in a terminal with: dotnet run --project src/LearningPartnerBot -- chat"));

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
