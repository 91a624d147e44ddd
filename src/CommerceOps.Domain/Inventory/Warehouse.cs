namespace CommerceOps.Domain.Inventory;

public sealed class Warehouse
{
    private Warehouse() { }

    public Warehouse(string code, string name, WarehouseKind kind, string province, string city, string? supplier = null)
    {
        Code = code;
        Name = name;
        Kind = kind;
        Province = province;
        City = city;
        Supplier = supplier;
    }

    public long Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public WarehouseKind Kind { get; private set; }
    public string Province { get; private set; } = "";
    public string City { get; private set; } = "";
    public string? Supplier { get; private set; }
}
