using System.Globalization;
using LearningPartnerBot.Eligibility.Advice;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;

namespace LearningPartnerBot.Tests.Eligibility.Advice;

public class NextStepsWriterTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void For_silver_an_admin_is_given_the_articles_menu_path_MPN_then_Membership_Offers()
    {
        var steps = NextStepsWriter.Write(Verdicts.Silver(), Asker(PartnerRole.MpnPartnerAdmin), English).All;

        Assert.Equal(
            "Your account has one of the roles the article names for enrolling (MPN partner admin or Account admin). Enroll in the Silver Learning option for Cloud Platform. In Partner Center, sign in to the dashboard and select MPN in the left navigation menu, then Membership Offers.",
            steps[0]);
    }

    [Theory]
    [InlineData("nl", "Lidmaatschapsaanbiedingen (Membership Offers)")]
    [InlineData("tr", "Üyelik Teklifleri’ni (Membership Offers)")]
    public void For_silver_the_menu_labels_are_the_articles_localized_ones_with_the_English_in_brackets(string locale, string label)
    {
        var step = NextStepsWriter.Write(Verdicts.Silver(), Asker(PartnerRole.MpnPartnerAdmin), CultureInfo.GetCultureInfo(locale)).All[0];

        Assert.Contains(label, step, StringComparison.Ordinal);
        Assert.DoesNotContain("Offers to enroll", step, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    [InlineData("tr")]
    public void No_level_is_sent_to_a_menu_the_article_does_not_name(string locale)
    {
        foreach (var verdict in new[] { Verdicts.ActionPack(), Verdicts.Silver(), Verdicts.GoldForSilverPartner() })
        {
            foreach (var asker in new PartnerIdentity?[] { null, Asker(PartnerRole.AccountAdmin), Asker(PartnerRole.Other), Asker(PartnerRole.Other, "Ana Admin") })
            {
                var steps = NextStepsWriter.Write(verdict, asker, CultureInfo.GetCultureInfo(locale)).All;
                Assert.All(steps, s => Assert.DoesNotContain("Offers to enroll", s, StringComparison.Ordinal));
                Assert.All(steps, s => Assert.DoesNotContain("Membership →", s, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Gold_and_the_Action_Pack_get_no_menu_path_because_the_article_gives_none()
    {
        var gold = NextStepsWriter.Write(Verdicts.GoldForSilverPartner(), Asker(PartnerRole.MpnPartnerAdmin), English).All[0];
        var actionPack = NextStepsWriter.Write(Verdicts.ActionPack(), Asker(PartnerRole.MpnPartnerAdmin), English).All[0];

        Assert.DoesNotContain("Membership Offers", gold, StringComparison.Ordinal);
        Assert.Contains("gold-level Learning option requirements", gold, StringComparison.Ordinal);
        Assert.DoesNotContain("Membership Offers", actionPack, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_user_is_told_which_roles_the_article_names_and_who_in_their_organization_holds_one()
    {
        var steps = NextStepsWriter.Write(Verdicts.Silver(), Asker(PartnerRole.Other, "Ana Admin", "Bo Boss"), English).All;

        Assert.StartsWith(
            "The roles the article names for enrolling are MPN partner admin and Account admin, and your account has neither; in your organization, Ana Admin or Bo Boss has one. Ask them to enroll you in the Silver Learning option for Cloud Platform.",
            steps[0],
            StringComparison.Ordinal);
        Assert.DoesNotContain("Only an", steps[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Another_user_without_known_admins_is_told_to_ask_someone_with_one_of_the_roles()
    {
        var steps = NextStepsWriter.Write(Verdicts.Silver(), Asker(PartnerRole.Other), English).All;

        Assert.Contains("Ask someone in your organization with one of these roles to enroll you in the Silver Learning option for Cloud Platform.", steps[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_asker_the_step_names_the_roles_as_the_articles()
    {
        var steps = NextStepsWriter.Write(Verdicts.Silver(), asker: null, English).All;

        Assert.StartsWith("The roles the article names for enrolling are MPN partner admin and Account admin", steps[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_Action_Pack_comes_with_its_activation_steps()
    {
        var steps = NextStepsWriter.Write(Verdicts.ActionPack(), Asker(PartnerRole.AccountAdmin), English).All;

        Assert.Contains("Enroll in the Learning Action Pack.", steps[0], StringComparison.Ordinal);
        Assert.Contains(steps, s => s.StartsWith("Buy or renew the Microsoft Action Pack subscription, then contact Partner Frontline Support", StringComparison.Ordinal)
            && s.Contains("new account profile", StringComparison.Ordinal));
    }

    [Fact]
    public void What_is_missing_for_the_next_level_is_listed()
    {
        var steps = NextStepsWriter.Write(Verdicts.ActionPack(), asker: null, English).All;

        Assert.Contains(
            "Still needed for the Silver Learning option for Cloud Platform: exams still to pass: AZ-104, AZ-305; a commitment to the Cloud Platform performance requirements.",
            steps);
    }

    [Fact]
    public void A_partner_meeting_nothing_learns_what_the_Action_Pack_needs()
    {
        var steps = NextStepsWriter.Write(Verdicts.None(), asker: null, English).All;

        Assert.Equal(
            [
                "You don't meet the requirements of any Learning option yet.",
                "Still needed for the Learning Action Pack: MCTs certified on March 10, 2021: at least 1 (now 0).",
            ],
            steps);
    }

    [Fact]
    public void Pending_invoices_covid_and_the_upgrade_discount_are_explained()
    {
        var steps = NextStepsWriter.Write(Verdicts.GoldForSilverPartner(), Asker(PartnerRole.MpnPartnerAdmin), English).All;

        Assert.Contains("Invoice INV-9 (February 2021) falls in the KPI window but is not on the KPI dashboard yet, so it is not counted; it shows from March 15, 2021.", steps);
        Assert.Contains("The renewal at your anniversary date (May 1, 2021) falls between January 1 and June 30, 2021, so your Cloud Platform competency qualifies for the COVID-19 competency extension Microsoft is offering.", steps);
        Assert.Contains(steps, s => s.StartsWith("You are enrolled in Silver for Cloud Platform and now meet Gold", StringComparison.Ordinal));
    }

    [Fact]
    public void Pending_invoices_covid_and_the_upgrade_discount_are_notes_and_the_rest_are_actions_in_the_articles_order()
    {
        var steps = NextStepsWriter.Write(Verdicts.GoldForSilverPartner(), Asker(PartnerRole.MpnPartnerAdmin), English);

        Assert.Equal([NextStepKind.Action, NextStepKind.Note, NextStepKind.Note, NextStepKind.Note], steps.InOrder.Select(s => s.Kind));
        Assert.Contains("Enroll in the Gold Learning option for Cloud Platform.", Assert.Single(steps.Actions), StringComparison.Ordinal);
        Assert.Collection(
            steps.Notes,
            note => Assert.StartsWith("You are enrolled in Silver for Cloud Platform and now meet Gold", note, StringComparison.Ordinal),
            note => Assert.StartsWith("Invoice INV-9 (February 2021)", note, StringComparison.Ordinal),
            note => Assert.StartsWith("The renewal at your anniversary date (May 1, 2021)", note, StringComparison.Ordinal));
        Assert.Equal(steps.InOrder.Select(s => s.Text), steps.All);
    }

    [Fact]
    public void Gold_falling_back_to_silver_shows_the_missing_KPI_with_the_window()
    {
        var steps = NextStepsWriter.Write(Verdicts.SilverShortOfGold(), asker: null, English).All;

        Assert.Contains("Still needed for the Gold Learning option for Cloud Platform: KPI total from May 1, 2020 to April 30, 2021: at least 25,000 (now 12,500.5).", steps);
    }

    [Theory]
    [InlineData("nl", "Nog nodig voor de Gold-leeroptie voor Cloud Platform: KPI-totaal van 1 mei 2020 tot en met 30 april 2021: minstens 25.000 (nu 12.500,5).")]
    [InlineData("tr", "Eksik gereksinimler (Cloud Platform için Altın Öğrenme seçeneği): 1 Mayıs 2020 – 30 Nisan 2021 arası KIP toplamı: en az 25.000 (şu an 12.500,5).")]
    public void Steps_are_written_in_the_readers_language(string locale, string expected)
    {
        var steps = NextStepsWriter.Write(Verdicts.SilverShortOfGold(), asker: null, CultureInfo.GetCultureInfo(locale)).All;

        Assert.Contains(expected, steps);
    }

    [Theory]
    [InlineData("nl", "De rollen die het artikel voor de inschrijving noemt, zijn MPN-partnerbeheerder en accountbeheerder, en uw account heeft geen van beide; in uw organisatie heeft Ana of Bo zo’n rol.")]
    [InlineData("tr", "Makalenin kayıt için belirttiği roller MPN iş ortağı yöneticisi ve Hesap yöneticisidir; hesabınızda bu rollerden hiçbiri yok. Kuruluşunuzda bu rollerden birine sahip kişi: Ana veya Bo.")]
    public void Named_admins_are_joined_in_the_readers_language(string locale, string expectedStart)
    {
        var steps = NextStepsWriter.Write(Verdicts.Silver(), Asker(PartnerRole.Other, "Ana", "Bo"), CultureInfo.GetCultureInfo(locale)).All;

        Assert.StartsWith(expectedStart, steps[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "2,026")]
    [InlineData("nl", "2.026")]
    public void A_level_without_a_requirement_set_names_its_program_year_as_a_year(string locale, string asANumber)
    {
        var steps = NextStepsWriter.Write(Verdicts.ActionPackWithoutSilverSet(), asker: null, CultureInfo.GetCultureInfo(locale)).All;

        var stillNeeded = Assert.Single(steps, s => s.Contains("2026", StringComparison.Ordinal));
        Assert.DoesNotContain(asANumber, stillNeeded, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "not loaded yet")]
    [InlineData("nl", "nog niet geladen")]
    [InlineData("tr", "henüz yüklenmediği")]
    public void A_level_without_a_requirement_set_says_its_requirements_are_not_loaded_rather_than_an_empty_value(string locale, string expected)
    {
        var steps = NextStepsWriter.Write(Verdicts.ActionPackWithoutSilverSet(), asker: null, CultureInfo.GetCultureInfo(locale)).All;

        var stillNeeded = Assert.Single(steps, s => s.Contains("2026", StringComparison.Ordinal));
        Assert.Contains(expected, stillNeeded, StringComparison.Ordinal);
        Assert.DoesNotContain("requirementSet", stillNeeded, StringComparison.Ordinal);
        Assert.DoesNotContain("()", stillNeeded.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static PartnerIdentity Asker(PartnerRole role, params string[] admins) =>
        new("1234567", "Contoso Learning", "Kim", role, admins);
}
