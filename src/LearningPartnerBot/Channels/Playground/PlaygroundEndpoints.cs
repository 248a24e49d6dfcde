using LearningPartnerBot.Channels.DirectLine;

namespace LearningPartnerBot.Channels.Playground;

/// <summary>
/// GET / and its assets: Web Chat talking to the bot's own Direct Line endpoint, so the bot can be tried in a browser
/// with no Teams and no Azure. Where that endpoint is off, / only says where channels post.
/// </summary>
public static class PlaygroundEndpoints
{
    private const string DisabledText =
        "LearningPartnerBot is running. Channels post activities to /api/messages; try it in a terminal with: dotnet run --project src/LearningPartnerBot -- chat";

    public static WebApplication MapPlayground(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Configuration.IsDirectLineEnabled(app.Environment))
        {
            app.MapGet("/", () => Results.Text(DisabledText));
            return app;
        }

        app.UseCors();

        // For the Direct Line stream (each conversation's streamUrl).
        app.UseWebSockets();
        app.MapDirectLine();
        app.MapGet("/", (HttpRequest request, ISampleUsers sampleUsers) =>
        {
            var visit = PlaygroundRequest.From(request, sampleUsers);
            var page = PlaygroundPage.Render(visit, sampleUsers.Offered(visit.Culture));
            return Results.Content(page, "text/html; charset=utf-8");
        });
        app.MapGet(PlaygroundPage.PageScript, () => Embedded("playground.js", "text/javascript; charset=utf-8"));
        app.MapGet(PlaygroundPage.StyleSheet, () => Embedded("playground.css", "text/css; charset=utf-8"));
        app.MapGet(PlaygroundPage.WebChatScript, WebChatBundle);
        return app;
    }

    /// <summary>Copied to the output folder by the build (see the csproj); missing when npm was unavailable then.</summary>
    private static IResult WebChatBundle()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "playground", "webchat.js");
        return File.Exists(path) ? Results.File(path, "text/javascript; charset=utf-8") : Results.NotFound();
    }

    private static IResult Embedded(string name, string contentType)
    {
        var stream = typeof(PlaygroundEndpoints).Assembly.GetManifestResourceStream("playground." + name)
            ?? throw new InvalidOperationException($"The embedded playground asset '{name}' is missing.");
        return Results.Stream(stream, contentType);
    }
}
