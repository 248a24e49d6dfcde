using System.Globalization;
using System.Text.Json.Nodes;
using LearningPartnerBot.Traffic;

namespace LearningPartnerBot.Load;

/// <summary>
/// What one simulated conversation does, in at most <see cref="LoadOptions.TurnsPerConversation"/> turns. A journey
/// whose reply is wrong ends the conversation: the next turn would start from a state the script did not expect.
/// </summary>
internal sealed class Journeys(FaqTraffic faq)
{
    /// <summary>Demo users linked to a partner (Eligibility/Demo/DemoPartners.cs), with the partner the result card names.</summary>
    private static readonly (string AadObjectId, string PartnerName)[] DemoUsers =
    [
        ("demo-anna-contoso", "Contoso Learning"),
        ("demo-tom-tailspin", "Tailspin Academy"),
        ("demo-nadia-northwind", "Northwind Traders"),
        ("demo-felix-fabrikam", "Fabrikam Training"),
        ("demo-ada-adventureworks", "Adventure Works Learning"),
        ("demo-willem-woodgrove", "Woodgrove Skills"),
        ("demo-lale-litware", "Litware Dynamics"),
    ];

    private static readonly Dictionary<string, string> EligibilityQuestions = new()
    {
        ["en"] = "Am I eligible for gold?",
        ["nl"] = "Kom ik in aanmerking voor goud?",
        ["tr"] = "Gold için uygun muyum?",
    };

    private static readonly Dictionary<string, string> Cancel = new()
    {
        ["en"] = "cancel",
        ["nl"] = "annuleren",
        ["tr"] = "iptal",
    };

    public Func<ConversationSession, Random, Task> For(Mix mix) => mix == Mix.Faq ? FaqOnlyAsync : FullAsync;

    /// <summary>FAQ questions only; the bare endpoint is driven with the same requests.</summary>
    public Task FaqOnlyAsync(ConversationSession session, Random random) =>
        FaqOnlyAsync(session, random, Replies.IsFaqReply);

    public Task BareAsync(ConversationSession session, Random random) =>
        FaqOnlyAsync(session, random, Replies.IsBareReply);

    /// <summary>FAQ questions, eligibility checks and discrepancy forms, in a random order that fits the turn budget.</summary>
    public async Task FullAsync(ConversationSession session, Random random)
    {
        var user = DemoUsers[random.Next(DemoUsers.Length)];
        session.Begin(PartnerQuestions.Languages[random.Next(PartnerQuestions.Languages.Count)], user.AadObjectId);
        var left = LoadOptions.TurnsPerConversation;
        while (left > 0)
        {
            var pick = random.NextDouble();
            bool ok;
            if (pick < 0.25 && left >= 3)
            {
                ok = await DiscrepancyAsync(session);
                left -= 3;
            }
            else if (pick < 0.5 && left >= 3)
            {
                // Three turns the first time (the demo-user picker answers once per conversation), two after that.
                ok = await EligibilityAsync(session, user.AadObjectId, user.PartnerName);
                left -= 3;
            }
            else
            {
                var reply = await FaqTurnAsync(session, random, Replies.IsFaqReply);
                ok = reply is not null;
                left -= 1;
                if (reply is not null && left > 0 && Replies.WaitsForAnAnswer(reply))
                {
                    // The drawn text asked for something the bot acts on ("I want to report a KPI discrepancy" opens
                    // the form, "are we gold yet" starts a check): a partner who only meant to ask leaves it.
                    ok = await session.TurnAsync("faq", session.Writer.Message(Cancel[session.Writer.Locale]), Replies.IsFaqReply) is not null;
                    left -= 1;
                }
            }

            if (!ok)
            {
                return;
            }
        }
    }

    private async Task FaqOnlyAsync(ConversationSession session, Random random, Func<byte[], bool> isExpected)
    {
        session.Begin(PartnerQuestions.Languages[random.Next(PartnerQuestions.Languages.Count)]);
        for (var turn = 0; turn < LoadOptions.TurnsPerConversation; turn++)
        {
            if (!await FaqAsync(session, random, isExpected))
            {
                return;
            }
        }
    }

    private async Task<bool> FaqAsync(ConversationSession session, Random random, Func<byte[], bool> isExpected) =>
        await FaqTurnAsync(session, random, isExpected) is not null;

    private async Task<byte[]?> FaqTurnAsync(ConversationSession session, Random random, Func<byte[], bool> isExpected)
    {
        var reply = await session.TurnAsync("faq", session.Writer.Message(faq.Next(session.Writer.Locale, random)), isExpected);
        if (reply is not null && Replies.IsFaqAnswer(reply))
        {
            faq.Answered();
        }

        return reply;
    }

    /// <summary>
    /// The check, as an anonymous bot runs it: such a bot does not take an activity's AAD object id as proof, so the
    /// first check of a conversation answers the demo-user picker with the user's name (kept for the later checks).
    /// </summary>
    private static async Task<bool> EligibilityAsync(ConversationSession session, string aadObjectId, string partnerName)
    {
        if (await session.TurnAsync("eligibility", session.Writer.Message(EligibilityQuestions[session.Writer.Locale]), _ => true) is not { } first)
        {
            return false;
        }

        var demoName = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(aadObjectId.Split('-')[1]);
        if (!Replies.IsCompetencyPrompt(first) && await session.TurnAsync("eligibility", session.Writer.Message(demoName), Replies.IsCompetencyPrompt) is null)
        {
            return false;
        }

        return await session.TurnAsync("eligibility", session.Writer.Message("Cloud Platform"), Replies.IsResultCardFor(partnerName)) is not null;
    }

    /// <summary>The FAQ's "File this request" button, the filled-in form, then Send on the confirm card.</summary>
    private static async Task<bool> DiscrepancyAsync(ConversationSession session)
    {
        var open = new JsonObject { ["faq"] = new JsonObject { ["action"] = "file", ["request"] = "kpi-discrepancy", ["topic"] = "kpi-discrepancy" } };
        if (await session.TurnAsync("discrepancy", session.Writer.Submit(open), Replies.HasButton("submit")) is not { } form)
        {
            return false;
        }

        var submit = Replies.Button(form, "submit")!;
        foreach (var (field, value) in FormValues(session.Writer.Locale))
        {
            submit[field] = value;
        }

        if (await session.TurnAsync("discrepancy", session.Writer.Submit(submit), Replies.HasButton("send")) is not { } confirm)
        {
            return false;
        }

        return await session.TurnAsync("discrepancy", session.Writer.Submit(Replies.Button(confirm, "send")!), Replies.HasTicketReference) is not null;
    }

    /// <summary>A valid discrepancy for last month's invoice, numbers written the way the partner's language writes them.</summary>
    private static Dictionary<string, string> FormValues(string locale)
    {
        var lastMonth = DateTime.UtcNow.AddMonths(-1);
        return new()
        {
            ["month"] = lastMonth.Month.ToString(CultureInfo.InvariantCulture),
            ["year"] = lastMonth.Year.ToString(CultureInfo.InvariantCulture),
            ["omlpType"] = "Courseware",
            ["purchaseUnit"] = "Contoso EMEA",
            ["invoiceNumber"] = $"INV-{lastMonth:yyyyMM}-{Random.Shared.Next(1000):D3}",
            ["kpiValue"] = locale == "en" ? "1,234.50" : "1.234,50",
            ["revenueValue"] = "900",
            ["currency"] = "EUR",
            ["documentType"] = "invoice",
            ["comment"] = "The dashboard shows less than the invoice.",

            // An anonymous bot cannot link the user to a partner record, so the form asks who the request is for.
            ["mpnId"] = "1000001",
            ["companyName"] = "Contoso Learning",
        };
    }
}
