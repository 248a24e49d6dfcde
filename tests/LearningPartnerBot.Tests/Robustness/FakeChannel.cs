using System.Net;
using System.Text;

namespace LearningPartnerBot.Tests.Robustness;

/// <summary>
/// Stands in for every channel's Connector API, so replies to activities without expectReplies go nowhere slow:
/// each call is answered at once, mostly with success and sometimes with the failures a channel really returns.
/// </summary>
internal sealed class FakeChannel : HttpMessageHandler
{
    private int _calls;

    public int Calls => _calls;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        var response = (call % 17) switch
        {
            0 => new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = new StringContent("{\"error\":{\"code\":\"BotBlocked\"}}") },
            1 => new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("not json") },
            _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"id\":\"" + call + "\"}", Encoding.UTF8, "application/json") },
        };
        return Task.FromResult(response);
    }
}
