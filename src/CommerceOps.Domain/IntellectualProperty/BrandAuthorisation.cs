using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.IntellectualProperty;

/// <summary>
/// A rights holder's authorisation document (品牌授权书) for one brand: its number, whom it names (the store as seller or a
/// supplier), the category scope it covers (a category code and everything below it; none = the whole brand), and its
/// validity [<see cref="ValidFrom"/>, <see cref="ValidTo"/>). The scanned document is kept as uploaded evidence.
/// </summary>
public sealed class BrandAuthorisation
{
    public const int MaxEvidence = 6;

    private BrandAuthorisation() { }

    public BrandAuthorisation(long brandId, string documentNumber, AuthorisedPartyKind partyKind, string? partyCode, string? categoryScope,
        DateTimeOffset validFrom, DateTimeOffset validTo, IReadOnlyList<string> evidence, string registeredBy, DateTimeOffset registeredAt)
    {
        if (string.IsNullOrWhiteSpace(documentNumber)) throw new DomainException("An authorisation needs its document number.", "documentNumber");
        if (partyKind == AuthorisedPartyKind.Supplier && string.IsNullOrWhiteSpace(partyCode))
            throw new DomainException("A supplier authorisation names the supplier code.", "partyCode");
        if (validTo <= validFrom) throw new DomainException("An authorisation ends after it starts.", "validTo");
        if (evidence.Count > MaxEvidence) throw new DomainException($"At most {MaxEvidence} evidence files.", "evidence");
        BrandId = brandId;
        DocumentNumber = documentNumber.Trim();
        PartyKind = partyKind;
        PartyCode = partyKind == AuthorisedPartyKind.Seller ? "" : partyCode!.Trim();
        CategoryScope = string.IsNullOrWhiteSpace(categoryScope) ? null : categoryScope.Trim();
        ValidFrom = validFrom;
        ValidTo = validTo;
        Evidence = [.. evidence];
        RegisteredBy = registeredBy;
        RegisteredAt = registeredAt;
    }

    public long Id { get; private set; }
    public long BrandId { get; private set; }
    public string DocumentNumber { get; private set; } = "";
    public AuthorisedPartyKind PartyKind { get; private set; }
    /// <summary>The supplier code; empty for the store itself.</summary>
    public string PartyCode { get; private set; } = "";
    public string? CategoryScope { get; private set; }
    public DateTimeOffset ValidFrom { get; private set; }
    public DateTimeOffset ValidTo { get; private set; }
    /// <summary>Tokens of the uploaded document scans (the after-sales evidence store).</summary>
    public List<string> Evidence { get; private set; } = [];
    public string RegisteredBy { get; private set; } = "";
    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>The (kind, code) pair that authorisations of one party share; renewals replace each other within it.</summary>
    public string PartyKey => PartyKind == AuthorisedPartyKind.Seller ? "seller" : "supplier:" + PartyCode;

    public bool IsValidAt(DateTimeOffset at) => ValidFrom <= at && at < ValidTo;

    public AuthorisationStatus StatusAt(DateTimeOffset at, TimeSpan warning) =>
        at < ValidFrom ? AuthorisationStatus.Pending
        : at >= ValidTo ? AuthorisationStatus.Expired
        : ValidTo - at <= warning ? AuthorisationStatus.Expiring
        : AuthorisationStatus.Valid;

    /// <summary>True when the document covers this category (its scope is the category or one of its ancestors).</summary>
    public bool CoversCategory(string categoryCode) =>
        CategoryScope is null || categoryCode == CategoryScope || categoryCode.StartsWith(CategoryScope + ".", StringComparison.Ordinal);

    /// <summary>True when the document names this party: the store, or one of the suppliers that deliver the product.</summary>
    public bool Names(IReadOnlyCollection<string> supplierCodes) =>
        PartyKind == AuthorisedPartyKind.Seller || supplierCodes.Contains(PartyCode);
}
