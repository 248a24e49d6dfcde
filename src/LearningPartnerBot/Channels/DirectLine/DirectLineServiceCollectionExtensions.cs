using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LearningPartnerBot.Channels.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>The Direct Line endpoint's services and CORS policy; harmless to register when the endpoint is off.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DirectLineOptions.SectionName);
        services.Configure<DirectLineOptions>(section);
        services.AddSingleton<DirectLineTokenIssuer>();
        services.AddSingleton<DirectLineConversationStore>();
        services.TryAddSingleton<ISampleUsers, NoSampleUsers>();
        services.AddSingleton<DirectLineUsers>();
        services.AddSingleton<DirectLineAdapter>();
        services.AddSingleton<IInProcessDelivery, DirectLineDelivery>();

        // directlinejs sends these three headers on every call, so a page on another origin needs them allowed.
        var origins = section.GetSection(nameof(DirectLineOptions.AllowedOrigins)).Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy => policy
            .WithOrigins(origins)
            .WithHeaders("authorization", "content-type", "x-ms-bot-agent")
            .WithMethods(HttpMethods.Get, HttpMethods.Post)));
        return services;
    }

    /// <summary>
    /// DirectLine:Enabled when set; otherwise on only in Development while no MicrosoftAppId is set. The endpoint hands
    /// out tokens to anyone, so a deployed bot (whose channels authenticate) never gets it by default.
    /// </summary>
    public static bool IsDirectLineEnabled(this IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return configuration.GetValue<bool?>($"{DirectLineOptions.SectionName}:{nameof(DirectLineOptions.Enabled)}")
            ?? (environment.IsDevelopment() && string.IsNullOrEmpty(configuration["MicrosoftAppId"]));
    }
}
