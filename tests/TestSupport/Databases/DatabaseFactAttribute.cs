using Xunit;
using Xunit.Sdk;

namespace TestSupport.Databases;

/// <summary>
/// A [Fact] whose provider comes from its test class: in a class marked <see cref="UsesPostgresAttribute"/> it is
/// skipped, visibly and with the reason, when <see cref="PostgresTestServer"/> is not configured. So one abstract test
/// class can hold the bodies and each provider's subclass runs them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("TestSupport.Databases.DatabaseFactDiscoverer", "TestSupport")]
public sealed class DatabaseFactAttribute : FactAttribute;

/// <summary>Marks a test class whose [DatabaseFact]s need the PostgreSQL test server.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UsesPostgresAttribute : Attribute;
