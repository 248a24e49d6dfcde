using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotKit.Schema;

/// <summary>The body of a 200 answer to an activity sent with deliveryMode expectReplies.</summary>
public sealed class ExpectedReplies
{
    public ExpectedReplies() { }

    public ExpectedReplies(IEnumerable<Activity> activities) => Activities = [.. activities];

    public List<Activity> Activities { get; set; } = [];
}

/// <summary>The synchronous answer to an invoke activity: HTTP status and JSON body.</summary>
public sealed class InvokeResponse
{
    public int Status { get; set; }
    public object? Body { get; set; }
}

/// <summary>What a channel answers when it stores an activity.</summary>
public sealed class ResourceResponse
{
    public ResourceResponse() { }

    public ResourceResponse(string? id) => Id = id;

    public string? Id { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>Connector error body: {"error":{"code","message"}}.</summary>
public sealed class ErrorResponse
{
    public Error? Error { get; set; }
}

public sealed class Error
{
    public string? Code { get; set; }
    public string? Message { get; set; }
}
