using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Tests.Knowledge.Text;

/// <summary>Questions the way partners type them: full sentences, fragments, capitals, Turkish without Turkish letters.</summary>
public class LanguageDetectorTests
{
    public static TheoryData<string> EnglishQuestions =>
    [
        "How do I enroll as a Microsoft Learning Partner?",
        "What are the requirements for the Learning option?",
        "Where do I find my KPI dashboard?",
        "my KPIs in Partner Center don't match the dashboard",
        "how long does enrollment take",
        "Can we get listed in the Learning Partner directory?",
        "What is the Learning Action Pack?",
        "Do I need an MCT to qualify for Silver?",
        "when is my anniversary date",
        "who do i contact about a kpi discrepancy",
        "HOW DO I RENEW MY MEMBERSHIP",
        "is there a fee to join",
        "what happens after I submit my enrollment",
        "which exams count towards gold",
        "I uploaded invoices but they are not showing",
        "how many trainers do we need for the silver option",
        "where can i download courseware",
        "Does the business application plan need approval?",
        "what's the difference between silver and gold",
        "can my company enroll without a Partner Center account",
        "why was my enrollment rejected",
        "how to add a trainer to our profile",
        "Is the action pack free?",
        "what counts as a training delivery",
        "i cant see the learning option in partner center",
        "help me with my directory listing",
        "how often are KPIs updated",
        "what should the invoice contain",
        "where is the enrollment form",
        "does partner frontline support handle kpi issues",
    ];

    public static TheoryData<string> DutchQuestions =>
    [
        "Hoe schrijf ik me in als Microsoft Learning Partner?",
        "Wat zijn de vereisten voor de leeroptie?",
        "Waar vind ik mijn KPI-dashboard?",
        "mijn KPI's in Partner Center kloppen niet met het dashboard",
        "hoe lang duurt de inschrijving",
        "Kunnen we in de Learning Partner-gids komen?",
        "Wat is het Learning Action Pack?",
        "Heb ik een MCT nodig voor Zilver?",
        "wanneer is mijn jubileumdatum",
        "wie moet ik bellen over een KPI-verschil",
        "HOE VERLENG IK MIJN LIDMAATSCHAP",
        "zijn er kosten verbonden aan deelname",
        "wat gebeurt er nadat ik mijn inschrijving heb ingediend",
        "welke examens tellen mee voor goud",
        "ik heb facturen geupload maar ze worden niet getoond",
        "hoeveel trainers hebben we nodig voor de zilveren optie",
        "waar kan ik cursusmateriaal downloaden",
        "Moet het bedrijfstoepassingsplan worden goedgekeurd?",
        "wat is het verschil tussen zilver en goud",
        "kan mijn bedrijf zich inschrijven zonder Partner Center-account",
        "waarom is mijn inschrijving afgewezen",
        "hoe voeg ik een trainer toe aan ons profiel",
        "Is het actiepakket gratis?",
        "wat telt als een trainingslevering",
        "ik zie de leeroptie niet in partner center",
        "help met mijn vermelding in de gids",
        "hoe vaak worden de KPI's bijgewerkt",
        "wat moet er op de factuur staan",
        "waar is het inschrijfformulier",
        "helpt partner frontline support bij kpi problemen",
    ];

    public static TheoryData<string> TurkishQuestions =>
    [
        "Microsoft Learning Partner olarak nasıl kayıt olurum?",
        "Öğrenme seçeneği için gereksinimler nelerdir?",
        "KPI panosunu nerede bulabilirim?",
        "Partner Center'daki KPI'larım panoyla eşleşmiyor",
        "kayıt ne kadar sürer",
        "Learning Partner dizininde listelenebilir miyiz?",
        "Learning Action Pack nedir?",
        "Gümüş için MCT gerekli mi?",
        "yıldönümü tarihim ne zaman",
        "KPI tutarsızlığı için kime başvurmalıyım",
        "KAYIT NASIL YAPILIR",
        "katılım ücreti var mı",
        "kaydımı gönderdikten sonra ne olur",
        "altın için hangi sınavlar sayılıyor",
        "faturaları yükledim ama görünmüyorlar",
        "gumus secenegi icin kac egitmen gerekiyor",
        "kurs materyallerini nereden indirebilirim",
        "is uygulamasi plani onay gerektiriyor mu",
        "gumus ile altin arasindaki fark nedir",
        "sirketimiz Partner Center hesabi olmadan kaydolabilir mi",
        "kaydim neden reddedildi",
        "profilimize nasil egitmen eklerim",
        "Eylem paketi ücretsiz mi?",
        "ogrenme ortagi nasil olunur",
        "partner centerda ogrenme secenegini goremiyorum",
        "dizin kaydim icin yardim",
        "KPI'lar ne siklikla guncelleniyor",
        "faturada neler olmali",
        "KAYIT FORMU NEREDE",
        "SIRKETIMIZIN KPI DEGERLERI YANLIS",
    ];

    [Theory]
    [MemberData(nameof(EnglishQuestions))]
    public void English_questions_are_detected(string question) => AssertDetected("en", question);

    [Theory]
    [MemberData(nameof(DutchQuestions))]
    public void Dutch_questions_are_detected(string question) => AssertDetected("nl", question);

    [Theory]
    [MemberData(nameof(TurkishQuestions))]
    public void Turkish_questions_are_detected(string question) => AssertDetected("tr", question);

    [Theory]
    [InlineData("KPI")]
    [InlineData("MCT action pack")]
    [InlineData("Partner Center")]
    [InlineData("kpi dashboard")]
    [InlineData("BAP")]
    [InlineData("Microsoft Learning Partner gold silver")]
    [InlineData("Teams")]
    [InlineData("123 456")]
    [InlineData("Is KPI")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    [InlineData("👍")]
    public void Keywords_and_product_names_give_no_language(string text)
    {
        Assert.Equal(LanguageGuess.Unknown, LanguageDetector.Detect(text));
    }

    [Fact]
    public void Turkish_letters_alone_are_enough()
    {
        Assert.Equal("tr", LanguageDetector.Detect("Gümüş başvurusu").Language);
    }

    [Fact]
    public void More_evidence_gives_more_confidence()
    {
        var brief = LanguageDetector.Detect("KPI nedir");
        var detailed = LanguageDetector.Detect("KPI nedir ve şirketimiz için nasıl hesaplanır, nereden görebilirim?");

        Assert.Equal("tr", brief.Language);
        Assert.Equal("tr", detailed.Language);
        Assert.True(detailed.Confidence > brief.Confidence);
        Assert.InRange(detailed.Confidence, 0.0, 1.0);
    }

    [Fact]
    public void A_guess_does_not_depend_on_the_questions_detected_before_it()
    {
        // A conversation switches languages; a detector that leaned towards what it saw last would answer the next
        // Dutch question from the previous Turkish one.
        const string text = "Hoe lang duurt de inschrijving?";
        var alone = LanguageDetector.Detect(text);

        var between = new List<LanguageGuess>();
        string[] others = [.. TurkishQuestions, .. EnglishQuestions];
        foreach (var other in others)
        {
            LanguageDetector.Detect(other);
            between.Add(LanguageDetector.Detect(text));
        }

        Assert.Equal("nl", alone.Language);
        Assert.All(between, guess => Assert.Equal(alone, guess));
    }

    private static void AssertDetected(string language, string question)
    {
        var guess = LanguageDetector.Detect(question);

        Assert.True(guess.Language == language, $"'{question}' was detected as {guess.Language ?? "nothing"} ({guess.Confidence})");
        Assert.InRange(guess.Confidence, 0.01, 1.0);
    }
}
