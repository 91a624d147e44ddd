using CommerceOps.Domain.Common;
using CommerceOps.Domain.Compliance;

namespace CommerceOps.Infrastructure.Compliance;

/// <summary>A term as the API and the store carry it: kind as its wire name, categories as keys.</summary>
public sealed record WordListEdit(string? Term, string? Kind, IReadOnlyList<string>? Categories)
{
    public const int MaxTermLength = 50;
    public const int MaxTerms = 20_000;

    public static WordListEdit From(WordListEntry entry) => new(entry.Term, entry.Kind.ToWire(), entry.Categories);

    /// <summary>The entries of an edit, or a refusal naming the index and field of the first bad term.</summary>
    public static IReadOnlyList<WordListEntry> Validate(IReadOnlyList<WordListEdit>? terms)
    {
        if (terms is null || terms.Count == 0) throw new DomainException("A word list needs at least one term.", "terms");
        if (terms.Count > MaxTerms) throw new DomainException($"A word list has at most {MaxTerms} terms.", "terms");
        var entries = new List<WordListEntry>(terms.Count);
        var seen = new HashSet<(string, TermKind, string)>();
        for (var i = 0; i < terms.Count; i++)
        {
            var t = terms[i];
            var term = t.Term?.Trim() ?? "";
            if (term.Length is 0 or > MaxTermLength || TextNormalization.Normalize(term).Length == 0)
                throw new DomainException($"A term has 1 to {MaxTermLength} characters and not only punctuation.", $"terms[{i}].term");
            if (!WireNames.TryParseWire<TermKind>(t.Kind, out var kind))
                throw new DomainException($"'{t.Kind}' is not one of {string.Join(", ", Enum.GetValues<TermKind>().Select(k => k.ToWire()))}.", $"terms[{i}].kind");
            var categories = (t.Categories ?? []).Select(c => c.Trim()).Distinct().Order(StringComparer.Ordinal).ToList();
            if (categories.FirstOrDefault(c => !CategoryKeys.IsKnown(c)) is { } unknown)
                throw new DomainException($"'{unknown}' is not one of {string.Join(", ", CategoryKeys.All)}.", $"terms[{i}].categories");
            if (!seen.Add((TextNormalization.Normalize(term), kind, string.Join(',', categories))))
                throw new DomainException($"'{term}' is listed twice with the same kind and categories.", $"terms[{i}].term");
            entries.Add(new WordListEntry(term, kind, categories));
        }
        return entries;
    }
}
