using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LearningPartnerBot.Diagnostics;

/// <summary>
/// Exports the bot's metrics (<see cref="BotMetrics"/>) and turn traces (<see cref="BotTracing"/>), with ASP.NET Core,
/// HttpClient and EF Core instrumentation, through OpenTelemetry. Nothing is collected or exposed unless configured:
/// Telemetry:Otlp:Endpoint (or the standard OTEL_EXPORTER_OTLP_ENDPOINT) pushes traces and metrics to a collector, and
/// Telemetry:Prometheus:Enabled serves metrics at /metrics for scraping.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public const string PrometheusPath = "/metrics";

    public static IServiceCollection AddBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = TelemetrySettings.From(configuration);
        services.AddSingleton(settings);
        if (!settings.Enabled)
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(BotMetrics.MeterName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(BotMetrics.MeterName).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (settings.OtlpEnabled)
                {
                    metrics.AddOtlpExporter(otlp => settings.ApplyTo(otlp));
                }

                if (settings.PrometheusEnabled)
                {
                    metrics.AddPrometheusExporter();
                }
            })
            .WithTracing(tracing =>
            {
                // Traces only go somewhere through OTLP; Prometheus has no traces.
                if (settings.OtlpEnabled)
                {
                    tracing.AddSource(BotTracing.SourceName)
                        .AddAspNetCoreInstrumentation()
                        .AddHttpClientInstrumentation()
                        .AddEntityFrameworkCoreInstrumentation()
                        .AddOtlpExporter(otlp => settings.ApplyTo(otlp));
                }
            });
        return services;
    }

    /// <summary>
    /// The Prometheus scraping endpoint, when enabled. With Telemetry:Prometheus:Port it answers only on connections to
    /// that local port, so it can be kept off the bot's public listener (Kestrel must also listen there, e.g. Urls). The
    /// connection's port is checked, not the Host header, which any caller can write.
    /// </summary>
    public static IEndpointRouteBuilder MapBotTelemetry(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var settings = endpoints.ServiceProvider.GetRequiredService<TelemetrySettings>();
        if (settings.PrometheusEnabled)
        {
            endpoints.MapPrometheusScrapingEndpoint(PrometheusPath, meterProvider: null, configureBranchedPipeline: branch =>
            {
                if (settings.PrometheusPort is { } port)
                {
                    branch.Use(next => context =>
                    {
                        if (context.Connection.LocalPort == port)
                        {
                            return next(context);
                        }

                        context.Response.StatusCode = StatusCodes.Status404NotFound;
                        return Task.CompletedTask;
                    });
                }
            }, optionsName: null);
        }

        return endpoints;
    }
}

/// <summary>The Telemetry:* settings, checked at start-up so a typo stops the bot instead of silently exporting nothing.</summary>
public sealed record TelemetrySettings(Uri? OtlpEndpoint, bool OtlpFromEnvironment, OtlpExportProtocol OtlpProtocol, bool PrometheusEnabled, int? PrometheusPort)
{
    public bool OtlpEnabled => OtlpEndpoint is not null || OtlpFromEnvironment;

    public bool Enabled => OtlpEnabled || PrometheusEnabled;

    public static TelemetrySettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Telemetry");
        Uri? endpoint = null;
        if (section["Otlp:Endpoint"] is { Length: > 0 } endpointText
            && (!Uri.TryCreate(endpointText, UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https")))
        {
            throw new InvalidOperationException($"Telemetry:Otlp:Endpoint must be an http(s) URL such as http://localhost:4317 (got '{endpointText}').");
        }

        var protocol = section["Otlp:Protocol"] switch
        {
            null or "" or "grpc" => OtlpExportProtocol.Grpc,
            "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
            var other => throw new InvalidOperationException($"Telemetry:Otlp:Protocol must be grpc or http/protobuf (got '{other}')."),
        };

        int? port = null;
        if (section["Prometheus:Port"] is { Length: > 0 } portText)
        {
            port = int.TryParse(portText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) && p is > 0 and <= 65535
                ? p
                : throw new InvalidOperationException($"Telemetry:Prometheus:Port must be a port number from 1 to 65535 (got '{portText}').");
        }

        return new TelemetrySettings(
            endpoint,
            OtlpFromEnvironment: endpoint is null && !string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]),
            protocol,
            section.GetValue("Prometheus:Enabled", defaultValue: false),
            port);
    }

    /// <summary>Our settings win; without them the exporter reads the standard OTEL_EXPORTER_OTLP_* variables itself.</summary>
    internal void ApplyTo(OtlpExporterOptions otlp)
    {
        if (OtlpEndpoint is not null)
        {
            otlp.Endpoint = OtlpEndpoint;
            otlp.Protocol = OtlpProtocol;
        }
    }
}
