namespace LearningPartnerBot.Tests.Hosting;

/// <summary>
/// One root command for the bot's tools: a content owner or operator who mistypes gets every problem named and exit
/// code 2, and a command line meant for the web host (its URLs, configuration overrides) still starts the web host.
/// </summary>
public sealed class BotCommandLineTests
{
    [Theory]
    [InlineData("chat")]
    [InlineData("kb")]
    [InlineData("seed-demo")]
    [InlineData("teams-package")]
    [InlineData("--help")]
    public void A_command_name_first_runs_the_command(string first) =>
        Assert.True(BotCommandLine.IsCommand([first, "--x"]));

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://localhost:5000")]
    [InlineData("--Storage:Provider", "Postgres")]
    [InlineData("kbtest")]
    public void Anything_else_is_the_web_hosts(params string[] args) =>
        Assert.False(BotCommandLine.IsCommand(args));

    [Fact]
    public async Task A_mistyped_kb_command_names_the_wrong_argument_and_exits_2()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await BotCommandLine.InvokeAsync(["kb", "review", "--tops", "5"], output, error);

        Assert.Equal(BotCommandLine.UsageError, exit);
        Assert.Contains("--tops", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("kb review --help", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task Help_lists_every_command()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await BotCommandLine.InvokeAsync(["--help"], output, error);

        Assert.Equal(0, exit);
        foreach (var command in new[] { "chat", "kb", "seed-demo", "teams-package" })
        {
            Assert.Contains(command, output.ToString(), StringComparison.Ordinal);
        }
    }
}
