namespace CommerceOps.Domain.Compliance;

/// <summary>The texts of a listing the checker reads, by field name (title, subtitle, description, live-stream script).</summary>
public sealed record ListingText(string Category, IReadOnlyList<ListingField> Fields)
{
    public const string Title = "title";
    public const string Subtitle = "subtitle";
    public const string Description = "description";
}

public sealed record ListingField(string Name, string Text);
