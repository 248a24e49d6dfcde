using System.Text.Json.Nodes;
using TestSupport.Json;

namespace BotKit.Tests.Schema;

public class JsonComparisonTests
{
    private static IReadOnlyList<string> Diff(string expected, string actual) =>
        JsonComparison.Differences(JsonNode.Parse(expected), JsonNode.Parse(actual));

    [Theory]
    [InlineData("""{"a":1,"b":[true,"x"]}""", """{"b":[true,"x"],"a":1.0}""")]
    [InlineData("""{"t":"2025-03-14T09:26:53.1200000+00:00"}""", """{"t":"2025-03-14T09:26:53.12Z"}""")]
    [InlineData("""{"n":null}""", """{"n":null}""")]
    public void Trees_that_mean_the_same_have_no_differences(string expected, string actual)
    {
        Assert.Empty(Diff(expected, actual));
    }

    [Theory]
    [InlineData("""{"a":{"b":1}}""", """{"a":{}}""", "/a/b: missing (expected 1)")]
    [InlineData("""{"a":1}""", """{"a":1,"z":2}""", "/z: unexpected 2")]
    [InlineData("""{"a":[1,2]}""", """{"a":[2,1]}""", "/a/0: expected 1 but found 2")]
    [InlineData("""{"a":"1"}""", """{"a":1}""", "/a: expected \"1\" but found 1")]
    [InlineData("""{"t":"2025-03-14T12:31:02+03:00"}""", """{"t":"2025-03-14T09:31:02Z"}""", "/t: expected \"2025-03-14T12:31:02+03:00\" but found \"2025-03-14T09:31:02Z\"")]
    public void Each_difference_is_named_by_its_path(string expected, string actual, string difference)
    {
        Assert.Contains(difference, Diff(expected, actual));
    }
}
