using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Purchasing;
using CommerceOps.Domain.SupplyChain;
using CommerceOps.Infrastructure.SupplyChain;
using static CommerceOps.Infrastructure.Tests.SupplyChain.FactLines;

namespace CommerceOps.Infrastructure.Tests.SupplyChain;

/// <summary>ABC by units and by margin: the same ranking, tie and threshold rules as revenue over another measure.</summary>
public sealed class AbcMeasureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateOnly From = new(2026, 3, 2);
    private static readonly DateOnly To = new(2026, 3, 29);
    private static readonly DateTimeOffset Now = Utc(2026, 3, 31);

    /// <summary>Catalog SKUs and supplier quotes; each supplier is (code, [(sku, unit cost)]), the first listed is preferred.</summary>
    private static async Task SeedCostsAsync(TestStore store, string[] skus, params (string Supplier, (string Sku, decimal Cost)[] Items)[] suppliers)
    {
        var category = new Category("c", "类目", "Category");
        store.Db.Categories.Add(category);
        await store.Db.SaveChangesAsync(Ct);
        var product = new Product("Goods", category.Id, Now);
        foreach (var sku in skus) product.AddSku(sku, "", new Money(1m, "CNY"), Now);
        store.Db.Products.Add(product);
        await store.Db.SaveChangesAsync(Ct);
        foreach (var (code, items) in suppliers)
        {
            var supplier = new Supplier(code, code, 5, 1, 1, 1);
            store.Db.Suppliers.Add(supplier);
            await store.Db.SaveChangesAsync(Ct);
            foreach (var (sku, cost) in items)
                store.Db.SupplierItems.Add(new SupplierItem(supplier.Id, product.Skus.Single(s => s.Code == sku).Id, sku, new SupplyTerms(1, 1), cost));
            await store.Db.SaveChangesAsync(Ct);
        }
        store.Db.ChangeTracker.Clear();
    }

    private static async Task<List<SkuClassification>> ClassifyAsync(TestStore store, ClassificationRequest request)
    {
        using var connection = store.Analytics.OpenConnection();
        if (request.Basis == AbcBasis.Margin) await SkuCosts.LoadAsync(store.Db, connection, Ct);
        return SkuClassifier.Classify(connection, request).ToList();
    }

    [Fact]
    public async Task Margin_is_quantity_times_price_less_the_preferred_suppliers_cost_and_leaves_out_SKUs_without_a_cost()
    {
        await using var store = await TestStore.CreateAsync();
        await SeedCostsAsync(store, ["M1", "M2", "M3", "M4", "M5", "M6", "NOCOST"],
            ("FIRST", [("M1", 6m), ("M2", 2m), ("M3", 10m), ("M4", 5m), ("M5", 5m), ("M6", 2m)]),
            ("SECOND", [("M1", 1m)]));   // a cheaper quote from a later supplier is not the cost used
        Add(store.Analytics,
            ("M1", 10, 10m, Utc(2026, 3, 5)),   // 10 × (10 − 6) = 40
            ("M1", -2, 10m, Utc(2026, 3, 6)),   // cancellation: −2 × 4 = −8 → 32
            ("M2", 4, 5m, Utc(2026, 3, 7)),     // 4 × 3 = 12
            ("M3", 3, 8m, Utc(2026, 3, 8)),     // sold below cost: −6 → left out
            ("M4", 2, 9m, Utc(2026, 3, 9)),     // 2 × 4 = 8
            ("M5", 1, 13m, Utc(2026, 3, 10)),   // 1 × 8 = 8, ties with M4 and ranks after it
            ("M6", 1, 4m, Utc(2026, 3, 11)),    // 1 × 2 = 2
            ("NOCOST", 100, 100m, Utc(2026, 3, 12)),
            ("M2", 50, 5m, Utc(2026, 3, 30)));  // the day after the period

        var rows = await ClassifyAsync(store, ClassificationRequest.For(From, To) with { Basis = AbcBasis.Margin });

        // Total 62. Cumulative before: M1 0 → A, M2 32/62 → A, M4 44/62 → A, M5 52/62 = 0.839 → B, M6 60/62 = 0.968 → C.
        Assert.Equal([("M1", 32m, AbcClass.A), ("M2", 12m, AbcClass.A), ("M4", 8m, AbcClass.A), ("M5", 8m, AbcClass.B), ("M6", 2m, AbcClass.C)],
            rows.Select(r => (r.Sku, r.Value, r.Abc)));
        Assert.Equal(32.0 / 62, rows[0].Share, 15);
        Assert.Equal(52.0 / 62, rows[2].CumulativeShare, 15);
        Assert.Equal(1.0, rows[^1].CumulativeShare, 15);
    }

    [Fact]
    public async Task Units_net_out_cancellations_rank_ties_by_SKU_and_follow_the_thresholds()
    {
        await using var store = await TestStore.CreateAsync();
        Add(store.Analytics,
            ("U1", 5, 1m, Utc(2026, 3, 3)), ("U1", -2, 1m, Utc(2026, 3, 4)),   // 3
            ("U2", 3, 100m, Utc(2026, 3, 5)),                                   // 3, ties with U1
            ("U3", 1, 1m, Utc(2026, 3, 6)), ("U3", -1, 1m, Utc(2026, 3, 7)),   // 0 → left out
            ("U4", -1, 1m, Utc(2026, 3, 8)),                                    // negative → left out
            ("U5", 4, 1m, Utc(2026, 3, 9)));                                    // 4

        var rows = await ClassifyAsync(store, ClassificationRequest.For(From, To) with { Basis = AbcBasis.Units, Abc = new AbcThresholds(0.5m, 0.7m) });

        // Total 10. Before: U5 0 → A, U1 0.4 → A, U2 exactly 0.7 → not below B's 0.7 → C.
        Assert.Equal([("U5", 4m, AbcClass.A), ("U1", 3m, AbcClass.A), ("U2", 3m, AbcClass.C)], rows.Select(r => (r.Sku, r.Value, r.Abc)));
        Assert.Equal([0.4, 0.7, 1.0], rows.Select(r => Math.Round(r.CumulativeShare, 12)));
    }

    [Theory]
    [InlineData(null, AbcBasis.Revenue)]
    [InlineData("revenue", AbcBasis.Revenue)]
    [InlineData("Units", AbcBasis.Units)]
    [InlineData(" MARGIN ", AbcBasis.Margin)]
    public void Basis_names_parse_in_any_case_and_default_to_revenue(string? text, AbcBasis expected) =>
        Assert.Equal(expected, AbcBasisNames.Parse(text, "by"));

    [Fact]
    public void An_unknown_basis_names_its_field() =>
        Assert.Equal("by", Assert.Throws<DomainException>(() => AbcBasisNames.Parse("profit", "by")).Field);
}
