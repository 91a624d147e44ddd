using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Catalog;

/// <summary>
/// A brand of the brand library: its rights holder (<see cref="Owner"/>) and, when registered in China, the trademark
/// registration number and Nice class (1–45). Authorisations to sell it are <c>IntellectualProperty.BrandAuthorisation</c>s.
/// </summary>
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
    public string? TrademarkNumber { get; private set; }
    public int? TrademarkClass { get; private set; }

    /// <summary>Records the rights holder and the trademark registration.</summary>
    public void Register(string owner, string? trademarkNumber, int? trademarkClass)
    {
        if (string.IsNullOrWhiteSpace(owner)) throw new DomainException("A brand names its rights holder.", "owner");
        if (trademarkClass is < 1 or > 45) throw new DomainException("The trademark class is a Nice class, 1 to 45.", "trademarkClass");
        if (trademarkClass is not null && string.IsNullOrWhiteSpace(trademarkNumber))
            throw new DomainException("A trademark class needs the registration number.", "trademarkNumber");
        Owner = owner.Trim();
        TrademarkNumber = string.IsNullOrWhiteSpace(trademarkNumber) ? null : trademarkNumber.Trim();
        TrademarkClass = trademarkClass;
    }
}
