using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// A thin layer over YamlDotNet's emitter with the settings every generated file shares: LF line ends on every
/// platform, no line folding, indented sequences like the hand-written topic files. Same calls, same bytes.
/// </summary>
internal sealed class YamlEventWriter : IDisposable
{
    private readonly StringWriter _text = new() { NewLine = "\n" };
    private readonly Emitter _emitter;

    public YamlEventWriter(IEnumerable<string> headerComments)
    {
        _emitter = new Emitter(_text, new EmitterSettings(2, int.MaxValue, false, 1024, false, true, "\n", false));
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new DocumentStart(null, null, true));
        foreach (var comment in headerComments)
        {
            _emitter.Emit(new Comment(comment, false));
        }

        _emitter.Emit(new MappingStart());
    }

    public YamlEventWriter Key(string key) => Scalar(key);

    public YamlEventWriter Scalar(string value, ScalarStyle style = ScalarStyle.Any)
    {
        _emitter.Emit(new YamlDotNet.Core.Events.Scalar(null, null, value, style, true, false));
        return this;
    }

    public YamlEventWriter Field(string key, string? value)
    {
        if (value is not null)
        {
            Key(key).Scalar(value);
        }

        return this;
    }

    /// <summary>Multi-line markdown as a literal block, so the file reads like the curated topics.</summary>
    public YamlEventWriter Markdown(string key, string value) =>
        Key(key).Scalar(value.EndsWith('\n') ? value : value + "\n", ScalarStyle.Literal);

    public YamlEventWriter FlowList(string key, IEnumerable<string> items)
    {
        Key(key);
        _emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Flow));
        foreach (var item in items)
        {
            Scalar(item);
        }

        _emitter.Emit(new SequenceEnd());
        return this;
    }

    public YamlEventWriter StartList(string key)
    {
        Key(key);
        _emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Block));
        return this;
    }

    public YamlEventWriter EndList()
    {
        _emitter.Emit(new SequenceEnd());
        return this;
    }

    public YamlEventWriter StartMapping(string? key = null)
    {
        if (key is not null)
        {
            Key(key);
        }

        _emitter.Emit(new MappingStart());
        return this;
    }

    public YamlEventWriter EndMapping()
    {
        _emitter.Emit(new MappingEnd());
        return this;
    }

    /// <summary>Closes the document and returns its text; the writer is done after this.</summary>
    public string Finish()
    {
        _emitter.Emit(new MappingEnd());
        _emitter.Emit(new DocumentEnd(true));
        _emitter.Emit(new StreamEnd());
        return _text.ToString();
    }

    public void Dispose() => _text.Dispose();
}
