namespace LearningPartnerBot.Knowledge.Import;

/// <summary>Collects headings and lines in document order into the introduction, sections and Q&amp;A pairs.</summary>
internal sealed class ArticleBuilder(List<ImportWarning> warnings)
{
    private readonly List<ArticleSection> _sections = [];
    private readonly Dictionary<int, ArticleSentence> _sentences = [];
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
    private ArticleSection? _introduction;
    private PendingBlock? _section;
    private PendingBlock? _question;
    private List<ArticleBlock> _questions = [];

    public void AddHeading(int level, bool isQuestion, string anchor, ArticleLine heading)
    {
        Register(heading);
        anchor = Unique(anchor, heading.Number);
        if (level == 1 && _section is null && _introduction is null)
        {
            _section = new PendingBlock(ArticleBlockKind.Introduction, anchor, heading);
            return;
        }

        if (level <= 2)
        {
            if (level == 1)
            {
                warnings.Add(new ImportWarning(heading.Number, "a second '#' title is treated as a '##' section"));
            }

            CloseSection();
            _section = new PendingBlock(ArticleBlockKind.Section, anchor, heading);
        }
        else if (isQuestion)
        {
            CloseQuestion();
            _question = new PendingBlock(ArticleBlockKind.Question, anchor, heading);
        }
        else
        {
            // A plain sub-heading ends a Q&A pair; its text belongs to the section, with the heading kept in bold.
            CloseQuestion();
            AddLine(new ArticleLine(heading.Number, [new LiteralSegment("**"), .. heading.Segments, new LiteralSegment("**")]));
        }
    }

    public void AddLine(ArticleLine line)
    {
        Register(line);
        var target = _question ?? _section;
        if (target is null)
        {
            if (line.Segments.Count > 0 && line.Render(ArticleLanguage.English).Trim().Length > 0)
            {
                warnings.Add(new ImportWarning(line.Number, "text before the article's '#' title was ignored"));
            }

            return;
        }

        target.Body.Add(line);
    }

    public LearnArticle Build(string contentLocale, string language)
    {
        CloseSection();
        var introduction = _introduction
            ?? throw new LearnArticleFormatException("it has no '#' title heading");
        return new LearnArticle(contentLocale, language, introduction, _sections, _sentences, warnings);
    }

    /// <summary>Entry ids come from anchors, so a repeated anchor would give two entries the same id.</summary>
    private string Unique(string anchor, int lineNumber)
    {
        var unique = anchor;
        for (var n = 2; !_anchors.Add(unique); n++)
        {
            unique = $"{anchor}-{n}";
        }

        if (unique != anchor)
        {
            warnings.Add(new ImportWarning(lineNumber, $"anchor '{anchor}' is used twice; this one became '{unique}'"));
        }

        return unique;
    }

    private void Register(ArticleLine line)
    {
        foreach (var sentence in line.Sentences)
        {
            if (!_sentences.TryAdd(sentence.Id, sentence))
            {
                warnings.Add(new ImportWarning(line.Number, $"sentence id {sentence.Id} appears more than once; the first one is used for hashes"));
            }
        }
    }

    private void CloseQuestion()
    {
        if (_question is not null)
        {
            _questions.Add(_question.ToBlock());
            _question = null;
        }
    }

    private void CloseSection()
    {
        CloseQuestion();
        if (_section is null)
        {
            return;
        }

        var section = new ArticleSection(_section.ToBlock(), _questions);
        if (_section.Kind == ArticleBlockKind.Introduction)
        {
            _introduction = section;
        }
        else
        {
            _sections.Add(section);
        }

        _section = null;
        _questions = [];
    }

    private sealed class PendingBlock(ArticleBlockKind kind, string anchor, ArticleLine heading)
    {
        public ArticleBlockKind Kind => kind;

        public List<ArticleLine> Body { get; } = [];

        public ArticleBlock ToBlock() => new(kind, anchor, heading, Body);
    }
}
