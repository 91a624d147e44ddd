using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.IntellectualProperty;

namespace CommerceOps.Infrastructure.IntellectualProperty;

/// <summary>A brand's authorisation standing now: its documents with their status, its published listings, and those no valid authorisation covers.</summary>
public sealed record BrandStanding(
    Brand Brand, AuthorisationStatus Status, IReadOnlyList<AuthorisationStanding> Authorisations, int Listings, IReadOnlyList<ListingFacts> Unauthorised);

public sealed record AuthorisationStanding(BrandAuthorisation Document, AuthorisationStatus Status);
