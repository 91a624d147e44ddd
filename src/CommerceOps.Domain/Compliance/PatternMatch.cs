namespace CommerceOps.Domain.Compliance;

/// <summary>
/// A pattern found in a text: [<paramref name="Start"/>, <paramref name="End"/>) in UTF-16 units of the original text, and
/// [<paramref name="NormalizedStart"/>, <paramref name="NormalizedEnd"/>) in the normalised character sequence.
/// </summary>
public readonly record struct PatternMatch(int Pattern, int Start, int End, int NormalizedStart, int NormalizedEnd)
{
    public bool Covers(PatternMatch other) => NormalizedStart <= other.NormalizedStart && other.NormalizedEnd <= NormalizedEnd;
}
