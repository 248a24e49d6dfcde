using System.Text.Json.Nodes;
using TestSupport.JsonSchema;

namespace BotKit.Tests.Schema;

public class JsonSchemaValidatorTests
{
    private static SchemaValidationResult Check(string schema, string instance, string? definition = null) =>
        JsonSchemaValidator.Load(schema).Validate(JsonNode.Parse(instance), definition);

    [Theory]
    [InlineData("""{"type":"string"}""", "\"a\"", "1", "(root): type expected string but found number")]
    [InlineData("""{"type":["string","null"]}""", "null", "true", "(root): type expected string or null but found boolean")]
    [InlineData("""{"type":"integer"}""", "3.0", "3.5", "(root): type expected integer but found number")]
    [InlineData("""{"properties":{"a":{"type":"string"}}}""", """{"a":"x","b":1}""", """{"a":1}""", "/a: type")]
    [InlineData("""{"required":["id"]}""", """{"id":"1"}""", """{"name":"x"}""", "/id: required property missing")]
    [InlineData("""{"properties":{"a":{}},"additionalProperties":false}""", """{"a":1}""", """{"a":1,"b":2}""", "/b: additionalProperties")]
    [InlineData("""{"additionalProperties":{"type":"number"}}""", """{"x":1}""", """{"x":"1"}""", "/x: type")]
    [InlineData("""{"patternProperties":{"^x-":{"type":"string"}},"additionalProperties":false}""", """{"x-a":"s"}""", """{"x-a":1}""", "/x-a: type")]
    [InlineData("""{"minProperties":1}""", """{"a":1}""", "{}", "(root): minProperties")]
    [InlineData("""{"dependencies":{"a":["b"]}}""", """{"a":1,"b":2}""", """{"a":1}""", "/b: dependencies")]
    [InlineData("""{"dependencies":{"a":{"required":["c"]}}}""", """{"b":1}""", """{"a":1}""", "/c: required property missing")]
    [InlineData("""{"items":{"type":"number"}}""", "[1,2]", """[1,"2"]""", "/1: type")]
    [InlineData("""{"items":[{"type":"string"},{"type":"number"}],"additionalItems":false}""", """["a",1]""", """["a",1,true]""", "/2: false")]
    [InlineData("""{"items":[{"type":"string"}]}""", """["a",1]""", "[1]", "/0: type")]
    [InlineData("""{"minItems":1}""", "[0]", "[]", "(root): minItems")]
    [InlineData("""{"maxItems":1}""", "[0]", "[0,1]", "(root): maxItems")]
    [InlineData("""{"uniqueItems":true}""", "[1,2]", "[1,1.0]", "/1: uniqueItems")]
    [InlineData("""{"enum":["a","b"]}""", "\"b\"", "\"c\"", "(root): enum")]
    [InlineData("""{"const":"1.29"}""", "\"1.29\"", "\"1.28\"", "(root): const")]
    [InlineData("""{"anyOf":[{"type":"string"},{"type":"number"}]}""", "1", "true", "(root): anyOf matched none of 2 schemas")]
    [InlineData("""{"allOf":[{"minimum":1},{"maximum":3}]}""", "2", "4", "(root): maximum")]
    [InlineData("""{"oneOf":[{"type":"number"},{"type":"integer"}]}""", "1.5", "1", "(root): oneOf matched schemas #0, #1")]
    [InlineData("""{"oneOf":[{"type":"number"},{"type":"string"}]}""", "1", "null", "(root): oneOf matched none of 2 schemas")]
    [InlineData("""{"not":{"type":"null"}}""", "0", "null", "(root): not")]
    [InlineData("""{"if":{"properties":{"kind":{"const":"vault"}}},"then":{"required":["ref"]},"else":{"required":["url"]}}""", """{"kind":"vault","ref":"r"}""", """{"kind":"vault"}""", "/ref: required property missing")]
    [InlineData("""{"if":{"properties":{"kind":{"const":"vault"}}},"then":{"required":["ref"]},"else":{"required":["url"]}}""", """{"kind":"web","url":"u"}""", """{"kind":"web"}""", "/url: required property missing")]
    [InlineData("""{"definitions":{"id":{"type":"string"}},"properties":{"from":{"$ref":"#/definitions/id"}}}""", """{"from":"u"}""", """{"from":7}""", "/from: type")]
    [InlineData("""{"properties":{"child":{"$ref":"#"}},"required":["name"]}""", """{"name":"a","child":{"name":"b"}}""", """{"name":"a","child":{}}""", "/child/name: required property missing")]
    [InlineData("""{"pattern":"^([d|D][a|A][r|R][k|K])$"}""", "\"DaRk\"", "\"darker\"", "(root): pattern")]
    [InlineData("""{"minLength":2}""", "\"ab\"", "\"a\"", "(root): minLength")]
    [InlineData("""{"maxLength":2}""", "\"😀😀\"", "\"abc\"", "(root): maxLength")]
    [InlineData("""{"minimum":0,"maximum":10}""", "10", "-1", "(root): minimum")]
    [InlineData("""{"minimum":0,"exclusiveMinimum":true}""", "0.5", "0", "(root): minimum")]
    [InlineData("""{"exclusiveMinimum":0}""", "0.1", "0", "(root): exclusiveMinimum")]
    [InlineData("""{"exclusiveMaximum":10}""", "9.9", "10", "(root): exclusiveMaximum")]
    [InlineData("""{"format":"date-time"}""", "\"2025-03-14T10:26:53.1234567+01:00\"", "\"2025-03-14 10:26\"", "(root): format")]
    [InlineData("""{"format":"date-time"}""", "\"2025-03-14T09:26:53Z\"", "\"2025-02-30T09:26:53Z\"", "(root): format")]
    [InlineData("""{"properties":{"x":false}}""", "{}", """{"x":1}""", "/x: false")]
    [InlineData("""{"title":"t","description":"d","default":5,"examples":[1],"type":"string"}""", "\"s\"", "5", "(root): type")]
    public void Each_keyword_accepts_a_matching_instance_and_reports_a_violating_one(string schema, string valid, string invalid, string expectedError)
    {
        var passing = Check(schema, valid);
        var failing = Check(schema, invalid);

        Assert.True(passing.IsValid, passing.ToString());
        Assert.False(failing.IsValid);
        Assert.Contains(failing.Errors, e => e.StartsWith(expectedError, StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_formats_are_ignored()
    {
        Assert.True(Check("""{"format":"uri-reference"}""", "\"not a uri at all\"").IsValid);
    }

    [Fact]
    public void Error_paths_escape_slashes_and_tildes_in_property_names()
    {
        var result = Check("""{"additionalProperties":false}""", """{"a/b~c":1}""");

        Assert.Equal(["/a~1b~0c: additionalProperties is false: this property is not allowed"], result.Errors);
    }

    [Fact]
    public void AnyOf_failure_quotes_the_errors_of_the_closest_branch()
    {
        const string schema = """
            {"anyOf":[
              {"properties":{"kind":{"const":"a"},"x":{"type":"string"}},"required":["kind","x"]},
              {"properties":{"kind":{"const":"b"}},"required":["kind","y","z"]}]}
            """;

        var result = Check(schema, """{"kind":"a","x":1}""");

        var error = Assert.Single(result.Errors);
        Assert.Contains("closest is #0: [/x: type expected string but found number]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_loop_that_never_reaches_the_instance_terminates()
    {
        const string schema = """
            {"definitions":{"a":{"$ref":"#/definitions/b"},"b":{"$ref":"#/definitions/a"}},
             "properties":{"x":{"$ref":"#/definitions/a"}}}
            """;

        Assert.True(Check(schema, """{"x":1}""").IsValid);
    }

    [Fact]
    public void Validating_against_a_named_definition_uses_only_that_definition()
    {
        const string schema = """{"type":"null","definitions":{"Account":{"required":["id"]}}}""";

        Assert.True(Check(schema, """{"id":"1"}""", "Account").IsValid);
        Assert.True(Check(schema, """{"id":"1"}""", "#/definitions/Account").IsValid);
        Assert.Equal(["/id: required property missing"], Check(schema, "{}", "Account").Errors);
    }

    [Fact]
    public void An_unknown_definition_or_reference_is_a_schema_error_not_a_validation_result()
    {
        var validator = JsonSchemaValidator.Load("""{"properties":{"x":{"$ref":"#/definitions/nope"}}}""");

        Assert.Throws<InvalidOperationException>(() => validator.Validate(JsonNode.Parse("{}"), "Missing"));
        Assert.Throws<InvalidOperationException>(() => validator.Validate(JsonNode.Parse("""{"x":1}""")));
    }

    [Fact]
    public void A_null_instance_is_validated_as_json_null()
    {
        var validator = JsonSchemaValidator.Load("""{"type":"object"}""");

        Assert.Equal(["(root): type expected object but found null"], validator.Validate(null).Errors);
    }
}
