namespace ChannelShift.Appraisal;

/// <summary>
/// Something a reader of an appraisal should know, as data: a fixed step closed, staff released, prices rebased, a
/// warning. Each kind is a subclass with its own figures; <see cref="Code"/> names the kind and <see cref="Message"/>
/// says it in plain English (an application may phrase it its own way). Immutable.
/// </summary>
public abstract class AppraisalNote
{
    private protected AppraisalNote()
    {
    }

    /// <summary>The kind of note, stable across versions, e.g. <c>staff-released</c>.</summary>
    public abstract string Code { get; }

    /// <summary>The note in plain English (invariant culture).</summary>
    public abstract string Message { get; }

    /// <summary>The <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
