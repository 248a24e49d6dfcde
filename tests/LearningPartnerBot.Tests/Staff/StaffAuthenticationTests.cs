using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LearningPartnerBot.Staff;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.Tests.Staff;

public sealed class StaffAuthenticationTests(StaffApiFactory factory) : IClassFixture<StaffApiFactory>
{
    public static TheoryData<string, string> StaffEndpoints => new()
    {
        { "PUT", "/api/partners/1234567" },
        { "POST", "/api/partners/1234567/kpis" },
        { "PUT", "/api/competencies" },
        { "PUT", "/api/requirements/2021" },
        { "GET", "/api/partners/1234567/eligibility?competency=Cloud%20Platform" },
    };

    [Theory]
    [MemberData(nameof(StaffEndpoints))]
    public async Task Without_a_key_every_staff_endpoint_answers_401_with_a_bearer_challenge(string method, string path)
    {
        var response = await factory.CreateClient().SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Theory]
    [MemberData(nameof(StaffEndpoints))]
    public async Task A_wrong_key_answers_401(string method, string path)
    {
        var response = await factory.CreateStaffClient("not-the-key").SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Every route on the staff group, found from the app itself, so a new staff endpoint cannot skip the check.</summary>
    [Fact]
    public async Task Every_mapped_staff_route_answers_401_without_a_key()
    {
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.OfType<StaffEndpointMarker>().Any())
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Path: Sample(e.RoutePattern))))
            .ToList();
        var client = factory.CreateClient();
        var answered = new List<string>();

        foreach (var (method, path) in routes)
        {
            var response = await client.SendAsync(Request(method, path));
            answered.Add($"{method} {path} {(int)response.StatusCode}");
        }

        Assert.True(routes.Count >= 10, $"only {routes.Count} staff routes found");
        Assert.All(answered, line => Assert.EndsWith(" 401", line, StringComparison.Ordinal));
    }

    private static string Sample(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            // A constrained parameter ({programYear:int}) would not match text and answer 404 before any auth.
            RoutePatternParameterPart parameter => parameter.ParameterPolicies.Count > 0 ? "2021" : "sample-" + parameter.Name,
            _ => string.Empty,
        }))));

    [Fact]
    public async Task A_key_sent_with_another_scheme_is_not_accepted()
    {
        var client = factory.CreateClient();
        var request = Request("PUT", "/api/competencies");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", StaffApiFactory.Key);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public static TheoryData<string, string> BotEndpoints => new()
    {
        { "GET", "/healthz" },
        { "POST", "/api/messages" },
        { "POST", "/v3/directline/tokens/generate" },
    };

    /// <summary>Channels and probes carry no staff key: the staff key's check must not stand in their way.</summary>
    [Theory]
    [MemberData(nameof(BotEndpoints))]
    public async Task The_bots_own_endpoints_need_no_staff_key(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            var body = path == "/api/messages" ? LearningPartnerBot.Tests.Hosting.WebChatActivities.Message("no-staff-key", "hello") : new System.Text.Json.Nodes.JsonObject();
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void The_key_ring_accepts_only_configured_keys()
    {
        var keys = new StaffKeyRing(["first-key", " second-key ", ""]);

        Assert.True(keys.Accepts("first-key"));
        Assert.True(keys.Accepts("second-key"));
        Assert.False(keys.Accepts("first-key "));
        Assert.False(keys.Accepts(""));
        Assert.False(keys.Accepts(null));
        Assert.False(new StaffKeyRing(Array.Empty<string>()).Accepts("first-key"));
    }

    internal static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method == "GET" ? null : new StringContent("[]", Encoding.UTF8, "application/json"),
    };
}
