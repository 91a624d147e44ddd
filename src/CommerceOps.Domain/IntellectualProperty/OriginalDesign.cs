using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.IntellectualProperty;

/// <summary>
/// An original design (a print, a product shape, packaging artwork) registered with the date the store recorded it, so
/// that later disputes — a copy on another shop, a complaint against ours — can point to a dated record and its evidence
/// (<see cref="IpRuleIds.OriginalDesign"/>).
/// </summary>
public sealed class OriginalDesign
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4_000;

    private OriginalDesign() { }

    public OriginalDesign(string code, string title, string owner, string description, IReadOnlyList<string> evidence, string registeredBy, DateTimeOffset registeredAt)
    {
        Code = code;
        Title = Text(title, "title", MaxTitleLength);
        Owner = Text(owner, "owner", 200);
        Description = (description ?? "").Trim();
        if (Description.Length > MaxDescriptionLength) throw new DomainException($"description is at most {MaxDescriptionLength} characters.", "description");
        if (evidence.Count > BrandAuthorisation.MaxEvidence) throw new DomainException($"At most {BrandAuthorisation.MaxEvidence} evidence files.", "evidence");
        Evidence = [.. evidence];
        RegisteredBy = registeredBy;
        RegisteredAt = registeredAt;
    }

    public long Id { get; private set; }
    /// <summary>What the design is cited as (e.g. in a complaint): DSN- and the registration day and a suffix.</summary>
    public string Code { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Owner { get; private set; } = "";
    public string Description { get; private set; } = "";
    public List<string> Evidence { get; private set; } = [];
    public string RegisteredBy { get; private set; } = "";
    public DateTimeOffset RegisteredAt { get; private set; }

    private static string Text(string? value, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new DomainException($"{field} is required.", field);
        var trimmed = value.Trim();
        return trimmed.Length <= max ? trimmed : throw new DomainException($"{field} is at most {max} characters.", field);
    }
}
