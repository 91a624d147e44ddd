namespace CommerceOps.Domain.Catalog;

/// <summary>A node of the category tree. <see cref="Code"/> is stable (e.g. "fresh", "fresh.fruit") and used by rules.</summary>
public sealed class Category
{
    private Category() { }

    public Category(string code, string name, string nameEn, long? parentId = null)
    {
        Code = code;
        Name = name;
        NameEn = nameEn;
        ParentId = parentId;
    }

    public long Id { get; private set; }
    public long? ParentId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string NameEn { get; private set; } = "";
}
