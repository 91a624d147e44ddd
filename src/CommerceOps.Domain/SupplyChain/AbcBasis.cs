namespace CommerceOps.Domain.SupplyChain;

/// <summary>What ABC ranks SKUs by.</summary>
public enum AbcBasis
{
    /// <summary>Quantity × unit price of every line, cancellations and refunds as negatives.</summary>
    Revenue,
    /// <summary>Net units sold.</summary>
    Units,
    /// <summary>Quantity × (unit price − unit cost) of every line of a SKU with a known unit cost.</summary>
    Margin,
}
