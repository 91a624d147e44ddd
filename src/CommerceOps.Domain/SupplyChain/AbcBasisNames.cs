using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.SupplyChain;

/// <summary>The wire names of <see cref="AbcBasis"/> (<c>revenue</c>, <c>units</c>, <c>margin</c>), also used as CSV column names.</summary>
public static class AbcBasisNames
{
    public static string Name(this AbcBasis basis) => basis switch
    {
        AbcBasis.Units => "units",
        AbcBasis.Margin => "margin",
        _ => "revenue",
    };

    /// <summary>Parses a wire name (any case); null or empty is revenue, the default.</summary>
    public static AbcBasis Parse(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return AbcBasis.Revenue;
        foreach (var basis in Enum.GetValues<AbcBasis>())
            if (string.Equals(basis.Name(), text.Trim(), StringComparison.OrdinalIgnoreCase)) return basis;
        throw new DomainException($"'{text}' is not a basis; use revenue, units or margin.", field);
    }
}
