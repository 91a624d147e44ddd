namespace CommerceOps.Domain.Catalog;

public sealed class Brand
{
    private Brand() { }

    public Brand(string name, string owner)
    {
        Name = name;
        Owner = owner;
    }

    public long Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Owner { get; private set; } = "";
}
