using System.Diagnostics;
using LearningPartnerBot.CrashSafety;

// Kill the bot mid-load, restart it on the same data, and hold every ticket against what partners were told.
// Exit codes: 0 every promise kept, 1 a violation, 2 the run itself could not be done (usage, bot would not start).
if (DriverOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(DriverOptions.Usage);
    return 2;
}

// Generous: the run takes well under two minutes; this only stops a hung bot from holding CI forever.
using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
var cancellationToken = timeout.Token;
var random = new Random(options.Seed);
var violations = new Violations();
var ledger = new Ledger();
var staffKey = "crash-safety-" + Guid.NewGuid().ToString("N");
using var webhook = WebhookReceiver.Start();
await using var logFile = new StreamWriter(options.BotLog, append: true) { AutoFlush = true };
var log = TextWriter.Synchronized(logFile);
var settings = BotSettings.For(options, staffKey, webhook.Url);
var stopwatch = Stopwatch.StartNew();
var provider = settings.GetValueOrDefault("Storage__Provider", "Sqlite");
Console.WriteLine($"crash-safety [{options.Label}]: {options.Rounds} rounds, seed {options.Seed}, {options.Concurrency} concurrent conversations, storage {provider}, data in {options.DataDirectory}");

BotProcess? bot = null;
try
{
    var life = 1;
    bot = await BotProcess.StartAsync(options, settings, log, cancellationToken);
    Console.WriteLine($"  bot started in {bot.StartedIn.TotalSeconds:0.0} s at {bot.BaseAddress}");
    var audit = new TicketAudit(ledger, webhook, violations);
    AuditResult? last = null;
    var totals = new RunTotals();

    // A kill that found nothing in flight tests a clean restart, not a crash mid-submission: such a round does not
    // count, and the load is re-armed for another, up to as many extra kills as rounds were asked for.
    var maxKills = options.Rounds * 2;
    var killsInFlight = 0;
    var round = 0;
    while (killsInFlight < options.Rounds && round < maxKills)
    {
        round++;
        var killAfter = random.Next(10, 41);
        LoadResult load;
        using (var connection = new BotConnection(bot.BaseAddress, staffKey))
        {
            load = await new LoadPhase(bot, connection, ledger, violations, random, life).RunAsync(round, options.Concurrency, killAfter, cancellationToken);
        }

        bot.Dispose();
        bot = await BotProcess.StartAsync(options, settings, log, cancellationToken);
        life++;
        using var restarted = new BotConnection(bot.BaseAddress, staffKey);
        var (_, ticketsBeforeRetry) = await audit.ReadAsync(restarted, cancellationToken);
        var recovery = await new RecoveryPhase(restarted, ledger, violations, random, life, ticketsBeforeRetry).RunAsync(options.Concurrency, cancellationToken);
        last = await audit.RunAsync(restarted, cancellationToken);
        totals.Add(load, recovery);
        Console.WriteLine(
            $"  round {round}: armed after {killAfter} acknowledgements, SIGKILL in a burst of Send clicks at {load.Acknowledged}, {load.InFlight} submits in flight " +
            $"({load.InFlightOnSend} on Send); restarted in {bot.StartedIn.TotalSeconds:0.0} s; resumed {recovery.Resumed} " +
            $"({recovery.FiledBeforeRetry} already filed by the killed bot), abandoned {recovery.Abandoned}; " +
            $"{recovery.ResentMatched}/{recovery.Resent} re-sent acknowledged submits got their reference; " +
            $"{last.Tickets} tickets, {last.Acknowledged} acknowledged: {(violations.Count == 0 ? "ok" : "VIOLATIONS")}");
        if (load.InFlight > 0)
        {
            killsInFlight++;
        }
        else
        {
            Console.WriteLine($"  round {round}: the kill hit no submission in flight, so it proves nothing about a crash{(round < maxKills ? "; re-arming" : string.Empty)}");
        }
    }

    if (killsInFlight < options.Rounds)
    {
        violations.Add($"only {killsInFlight} of {round} kills hit a submission in flight ({options.Rounds} needed): the run did not test a crash mid-submission often enough");
    }

    var repeated = Math.Max(last!.Announcements - last.Tickets, 0);
    var verdict = violations.Count == 0 ? "PASS" : $"FAIL ({violations.Count} violations, listed above)";
    Console.WriteLine($"crash-safety [{options.Label}]: {verdict} in {stopwatch.Elapsed.TotalSeconds:0.0} s, {round} SIGKILLs ({killsInFlight} with submissions in flight), storage {provider}");
    Console.WriteLine($"  tickets: {last.Tickets} = {last.Acknowledged} acknowledged + {last.AbandonedWithTicket} of {last.Abandoned} abandoned in flight; each acknowledged reference checked for existing exactly once with all its fields");
    Console.WriteLine($"  in flight at the kills: {totals.InFlight} submits, {totals.InFlightOnSend} on Send, {totals.FiledBeforeRetry} of them filed by the killed bot before their retry");
    Console.WriteLine($"  retries: {totals.ResentMatched}/{totals.Resent} re-sent acknowledged submits got the same reference; webhook: every ticket checked for an announcement ({repeated} repeated)");
    return violations.Count == 0 ? 0 : 1;
}
catch (BotAnswerException e)
{
    violations.Add(e.Message);
    Console.Error.WriteLine($"crash-safety [{options.Label}]: FAIL: {e.Message} (bot log: {options.BotLog})");
    return 1;
}
catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException or OperationCanceledException)
{
    Console.Error.WriteLine($"crash-safety [{options.Label}]: could not complete the run: {e.Message} (bot log: {options.BotLog})");
    return violations.Count > 0 ? 1 : 2;
}
finally
{
    bot?.Dispose();
}

/// <summary>What the rounds did, added up for the closing line.</summary>
internal sealed class RunTotals
{
    public int InFlight { get; private set; }

    public int InFlightOnSend { get; private set; }

    public int FiledBeforeRetry { get; private set; }

    public int Resent { get; private set; }

    public int ResentMatched { get; private set; }

    public void Add(LoadResult load, RecoveryResult recovery)
    {
        InFlight += load.InFlight;
        InFlightOnSend += load.InFlightOnSend;
        FiledBeforeRetry += recovery.FiledBeforeRetry;
        Resent += recovery.Resent;
        ResentMatched += recovery.ResentMatched;
    }
}
