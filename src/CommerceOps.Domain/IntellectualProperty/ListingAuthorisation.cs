namespace CommerceOps.Domain.IntellectualProperty;

/// <summary>
/// The listing rule (<see cref="IpRuleIds.BrandAuthorisation"/>): a product of a brand may be listed only while an
/// authorisation of that brand is valid for the store itself or for a supplier that delivers the product, and covers the
/// product's category. Products without a brand are not subject to it.
/// </summary>
public static class ListingAuthorisation
{
    /// <summary>The authorisation that allows the listing at <paramref name="at"/>, or null when none does.</summary>
    public static BrandAuthorisation? Find(IEnumerable<BrandAuthorisation> authorisations, IReadOnlyCollection<string> supplierCodes,
        string categoryCode, DateTimeOffset at) =>
        authorisations.Where(a => a.Names(supplierCodes) && a.CoversCategory(categoryCode) && a.IsValidAt(at)).MaxBy(a => a.ValidTo);

    /// <summary>The authorisation that allows the listing at <paramref name="at"/>; refuses with the reason otherwise.</summary>
    public static BrandAuthorisation Require(string brand, IReadOnlyCollection<BrandAuthorisation> authorisations, IReadOnlyCollection<string> supplierCodes,
        string categoryCode, DateTimeOffset at)
    {
        if (Find(authorisations, supplierCodes, categoryCode, at) is { } found) return found;
        var ofParty = authorisations.Where(a => a.Names(supplierCodes)).ToList();
        if (ofParty.Count == 0)
            throw new BrandNotAuthorisedException(brand, "no authorisation names the store or a supplier of this product.");
        var inScope = ofParty.Where(a => a.CoversCategory(categoryCode)).ToList();
        if (inScope.Count == 0)
            throw new BrandNotAuthorisedException(brand, $"no authorisation covers category '{categoryCode}'.");
        throw new BrandNotAuthorisedException(brand, inScope.Any(a => a.ValidFrom > at)
            ? "the authorisation has not started yet."
            : $"the authorisation expired on {inScope.Max(a => a.ValidTo):yyyy-MM-dd}.");
    }

    /// <summary>
    /// A brand's standing: the best of its authorisations (valid before expiring before expired), so a renewal outranks
    /// the expired document it follows; missing when none has started.
    /// </summary>
    public static AuthorisationStatus BrandStatus(IEnumerable<BrandAuthorisation> authorisations, DateTimeOffset at, TimeSpan warning)
    {
        var statuses = authorisations.Select(a => a.StatusAt(at, warning)).ToList();
        foreach (var status in (AuthorisationStatus[])[AuthorisationStatus.Valid, AuthorisationStatus.Expiring, AuthorisationStatus.Expired])
            if (statuses.Contains(status)) return status;
        return AuthorisationStatus.Missing;
    }
}
