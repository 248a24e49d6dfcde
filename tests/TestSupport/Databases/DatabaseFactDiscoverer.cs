using Xunit.Abstractions;
using Xunit.Sdk;

namespace TestSupport.Databases;

/// <summary>Finds [DatabaseFact]s; those of a PostgreSQL class become skipped cases when no server is configured.</summary>
public sealed class DatabaseFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    private readonly IMessageSink _diagnosticMessageSink = diagnosticMessageSink;

    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        if (PostgresTestServer.IsConfigured || !testMethod.TestClass.Class.GetCustomAttributes(typeof(UsesPostgresAttribute)).Any())
        {
            return base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
        }

        return new PostgresUnavailableTestCase(_diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
    }
}

/// <summary>A PostgreSQL test case reported as skipped, with the reason, instead of silently passing.</summary>
public sealed class PostgresUnavailableTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public PostgresUnavailableTestCase()
    {
    }

    public PostgresUnavailableTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => PostgresTestServer.SkipReason;
}
