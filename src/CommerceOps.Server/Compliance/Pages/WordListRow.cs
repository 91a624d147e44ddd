using CommerceOps.Domain.Common;
using CommerceOps.Domain.Compliance;
using CommerceOps.Infrastructure.Compliance;

namespace CommerceOps.Server.Compliance.Pages;

/// <summary>A term as the word-list editor holds it while it is edited: kind as its wire name, categories as typed.</summary>
public sealed class WordListRow
{
    public string Term { get; set; } = "";
    public string Kind { get; set; } = TermKind.AbsoluteCore.ToWire();
    public string Categories { get; set; } = "";

    public static WordListRow From(WordListEntry entry) =>
        new() { Term = entry.Term, Kind = entry.Kind.ToWire(), Categories = string.Join(", ", entry.Categories) };

    public WordListEdit ToEdit() =>
        new(Term, Kind, Categories.Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
