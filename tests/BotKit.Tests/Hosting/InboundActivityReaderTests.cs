using System.Text;
using BotKit.Hosting;
using Microsoft.AspNetCore.Http;

namespace BotKit.Tests.Hosting;

public sealed class InboundActivityReaderTests
{
    [Fact]
    public async Task Null_items_in_an_activitys_lists_are_dropped_so_no_reader_of_the_lists_meets_them()
    {
        const string body = """
            {"type":"message","text":"hi","attachments":[null,{"contentType":"text/plain","content":"x"}],
             "entities":[null],"membersAdded":[null,{"id":"u1"}],"listenFor":[null,"yes"]}
            """;
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));

        var result = await InboundActivityReader.ReadAsync(context.Request, 1 << 20, CancellationToken.None);

        Assert.True(result.Activity is not null, result.Error);
        Assert.Equal(["text/plain"], result.Activity.Attachments!.Select(a => a.ContentType));
        Assert.Empty(result.Activity.Entities!);
        Assert.Equal(["u1"], result.Activity.MembersAdded!.Select(m => m.Id));
        Assert.Equal(["yes"], result.Activity.ListenFor!);
    }
}
