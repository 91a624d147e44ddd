namespace CommerceOps.Domain.IntellectualProperty;

/// <summary>
/// Whom a brand authorisation names: the store itself as seller (this installation sells under one name), or one of its
/// suppliers (a distributor holding the rights holder's authorisation, identified by the supplier code).
/// </summary>
public enum AuthorisedPartyKind
{
    Seller,
    Supplier,
}
