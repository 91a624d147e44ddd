using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.IntellectualProperty;

namespace CommerceOps.Domain.Tests.IntellectualProperty;

public class BrandAuthorisationTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 4, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Warning = BrandRightsSettings.Default.Warning;

    private static BrandAuthorisation Document(DateTimeOffset from, DateTimeOffset to, AuthorisedPartyKind kind = AuthorisedPartyKind.Seller,
        string? supplier = null, string? scope = null, string number = "SQ-1") =>
        new(1, number, kind, supplier, scope, from, to, [], "compliance@test", from);

    [Fact]
    public void Validity_is_from_inclusive_to_exclusive_and_expiring_within_the_warning_window()
    {
        var doc = Document(Now.AddDays(-10), Now.AddDays(30));

        Assert.False(doc.IsValidAt(Now.AddDays(-10).AddTicks(-1)));
        Assert.True(doc.IsValidAt(Now.AddDays(-10)));
        Assert.True(doc.IsValidAt(Now.AddDays(30).AddTicks(-1)));
        Assert.False(doc.IsValidAt(Now.AddDays(30)));
        Assert.Equal(AuthorisationStatus.Pending, doc.StatusAt(Now.AddDays(-11), Warning));
        Assert.Equal(AuthorisationStatus.Valid, doc.StatusAt(Now.AddTicks(-1), Warning));
        Assert.Equal(AuthorisationStatus.Expiring, doc.StatusAt(Now, Warning));
        Assert.Equal(AuthorisationStatus.Expired, doc.StatusAt(Now.AddDays(30), Warning));
    }

    [Fact]
    public void A_brand_takes_its_best_document_so_a_renewal_outranks_the_expired_one()
    {
        var expired = Document(Now.AddDays(-400), Now.AddDays(-5), number: "SQ-OLD");
        var renewal = Document(Now.AddDays(-5), Now.AddDays(360), number: "SQ-NEW");
        var expiring = Document(Now.AddDays(-5), Now.AddDays(3), number: "SQ-SOON");

        Assert.Equal(AuthorisationStatus.Missing, ListingAuthorisation.BrandStatus([], Now, Warning));
        Assert.Equal(AuthorisationStatus.Missing, ListingAuthorisation.BrandStatus([Document(Now.AddDays(1), Now.AddDays(9))], Now, Warning));
        Assert.Equal(AuthorisationStatus.Expired, ListingAuthorisation.BrandStatus([expired], Now, Warning));
        Assert.Equal(AuthorisationStatus.Expiring, ListingAuthorisation.BrandStatus([expired, expiring], Now, Warning));
        Assert.Equal(AuthorisationStatus.Valid, ListingAuthorisation.BrandStatus([expired, expiring, renewal], Now, Warning));
    }

    [Fact]
    public void Listing_needs_a_document_naming_the_store_or_a_supplier_of_the_product_covering_its_category_now()
    {
        var supplierDoc = Document(Now.AddDays(-1), Now.AddDays(100), AuthorisedPartyKind.Supplier, "SUP-A", scope: "beauty");

        var found = ListingAuthorisation.Require("雅诗", [supplierDoc], ["SUP-A"], "beauty.skincare", Now);
        var otherSupplier = Assert.Throws<BrandNotAuthorisedException>(() => ListingAuthorisation.Require("雅诗", [supplierDoc], ["SUP-B"], "beauty.skincare", Now));
        var otherCategory = Assert.Throws<BrandNotAuthorisedException>(() => ListingAuthorisation.Require("雅诗", [supplierDoc], ["SUP-A"], "beautyx", Now));
        var expired = Assert.Throws<BrandNotAuthorisedException>(() => ListingAuthorisation.Require("雅诗", [supplierDoc], ["SUP-A"], "beauty", Now.AddDays(100)));
        var none = Assert.Throws<BrandNotAuthorisedException>(() => ListingAuthorisation.Require("雅诗", [], [], "beauty", Now));

        Assert.Same(supplierDoc, found);
        Assert.Contains("no authorisation names", otherSupplier.Message);
        Assert.Contains("category 'beautyx'", otherCategory.Message);
        Assert.Contains("expired on 2026-09-09", expired.Message);
        Assert.Equal((IpRuleIds.BrandAuthorisation, "brand"), (none.RuleId, none.Field));
        var seller = Document(Now, Now.AddDays(1));
        Assert.Same(seller, ListingAuthorisation.Require("雅诗", [seller], [], "home", Now));
    }

    [Fact]
    public void Documents_and_trademarks_refuse_impossible_values()
    {
        Assert.Equal("validTo", Assert.Throws<DomainException>(() => Document(Now, Now)).Field);
        Assert.Equal("partyCode", Assert.Throws<DomainException>(() => Document(Now, Now.AddDays(1), AuthorisedPartyKind.Supplier)).Field);
        var brand = new Brand("山野", "山野户外用品有限公司");
        Assert.Equal("trademarkClass", Assert.Throws<DomainException>(() => brand.Register("山野户外", "12345678", 46)).Field);
        Assert.Equal("trademarkNumber", Assert.Throws<DomainException>(() => brand.Register("山野户外", null, 22)).Field);
        brand.Register("山野户外用品有限公司", "12345678", 22);
        Assert.Equal(("12345678", 22), (brand.TrademarkNumber, brand.TrademarkClass));
    }
}
