using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.AfterSales.ValueAdded;

/// <summary>A technician who does visits in one city, for the kinds of service they are trained for.</summary>
public sealed class Technician
{
    private Technician() { }

    public Technician(string code, string name, string city, IReadOnlyList<ValueAddedServiceKind> kinds)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 32) throw new DomainException("A code of at most 32 characters is required.", "code");
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64) throw new DomainException("A name of at most 64 characters is required.", "name");
        if (string.IsNullOrWhiteSpace(city) || city.Length > 32) throw new DomainException("A city of at most 32 characters is required.", "city");
        if (kinds.Count == 0) throw new DomainException("A technician does at least one kind of service.", "kinds");
        Code = code.Trim();
        Name = name.Trim();
        City = city.Trim();
        Kinds = [.. kinds.Distinct().Select(k => k.ToWire())];
    }

    public long Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string City { get; private set; } = "";
    /// <summary>Wire names of the kinds (stored as a JSON list).</summary>
    public List<string> Kinds { get; private set; } = [];

    public bool Does(ValueAddedServiceKind kind) => Kinds.Contains(kind.ToWire());
}
