namespace CommerceOps.Domain.SupplyChain;

/// <summary>What ABC ranks SKUs by.</summary>
public enum AbcBasis
{
    /// <summary>Quantity × unit price of every line, cancellations and refunds as negatives.</summary>
    Revenue,
    /// <summary>Net units sold.</summary>
    Units,
}
