using CommerceOps.Domain.SupplyChain;
using CommerceOps.Infrastructure.SupplyChain;
using static CommerceOps.Infrastructure.Tests.SupplyChain.FactLines;

namespace CommerceOps.Infrastructure.Tests.SupplyChain;

public sealed class AbcClassificationTests
{
    private static readonly DateOnly From = new(2026, 3, 2);
    private static readonly DateOnly To = new(2026, 3, 29); // four whole weeks

    private static List<SkuClassification> Classify(TestStore store, ClassificationRequest request)
    {
        using var connection = store.Analytics.OpenConnection();
        return SkuClassifier.Classify(connection, request).ToList();
    }

    [Fact]
    public async Task Revenue_counts_cancellations_as_negatives_and_leaves_out_SKUs_at_or_below_zero()
    {
        await using var store = await TestStore.CreateAsync();
        Add(store.Analytics,
            ("P", 10, 10m, Utc(2026, 3, 5)),
            ("P", -2, 10m, Utc(2026, 3, 6)),      // cancellation: 80 left
            ("ZERO", 1, 5m, Utc(2026, 3, 5)),
            ("ZERO", -1, 5m, Utc(2026, 3, 7)),
            ("NEG", -1, 3m, Utc(2026, 3, 7)),
            ("Q", 2, 10m, Utc(2026, 3, 8)));

        var rows = Classify(store, ClassificationRequest.For(From, To));

        Assert.Equal([("P", 80m), ("Q", 20m)], rows.Select(r => (r.Sku, r.Value)));
        Assert.Equal([0.8, 1.0], rows.Select(r => r.CumulativeShare));
        Assert.Equal(0.2, rows[1].Share, 15);
    }

    [Fact]
    public async Task The_class_follows_the_cumulative_share_before_the_SKU_and_ties_rank_by_SKU_ordinal()
    {
        await using var store = await TestStore.CreateAsync();
        // Total 100: a 50 (before 0 → A), B 30 (before 0.50 → A), c 15 (before exactly 0.80 → B),
        // "D" and "d" 2 each (tie: "D" < "d" ordinally; before 0.95 → C), E 1 (C).
        Add(store.Analytics,
            ("a", 5, 10m, Utc(2026, 3, 2, 0, 0, 0)),      // first instant of the first day
            ("B", 3, 10m, Utc(2026, 3, 15)),
            ("c", 15, 1m, Utc(2026, 3, 29, 23, 59, 59)),  // last second of the last day
            ("d", 2, 1m, Utc(2026, 3, 20)),
            ("D", 1, 2m, Utc(2026, 3, 21)),
            ("E", 1, 1m, Utc(2026, 3, 22)),
            ("a", 100, 1m, Utc(2026, 3, 1, 23, 59, 59)),  // the day before: outside
            ("B", 100, 1m, Utc(2026, 3, 30, 0, 0, 0)));   // the day after: outside

        var rows = Classify(store, ClassificationRequest.For(From, To));

        Assert.Equal(["a", "B", "c", "D", "d", "E"], rows.Select(r => r.Sku));
        Assert.Equal([AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.C, AbcClass.C, AbcClass.C], rows.Select(r => r.Abc));
        Assert.Equal([50m, 30m, 15m, 2m, 2m, 1m], rows.Select(r => r.Value));
        Assert.Equal(0.95, rows[2].CumulativeShare, 15);
    }

    [Fact]
    public async Task Thresholds_and_the_units_basis_are_configurable()
    {
        await using var store = await TestStore.CreateAsync();
        Add(store.Analytics, ("EXPENSIVE", 1, 100m, Utc(2026, 3, 3)), ("CHEAP", 9, 1m, Utc(2026, 3, 3)));

        var byUnits = Classify(store, ClassificationRequest.For(From, To) with { Basis = AbcBasis.Units });
        var strict = Classify(store, ClassificationRequest.For(From, To) with { Abc = new AbcThresholds(0.5m, 0.6m) });

        Assert.Equal([("CHEAP", 9m, AbcClass.A), ("EXPENSIVE", 1m, AbcClass.B)], byUnits.Select(r => (r.Sku, r.Value, r.Abc)));
        Assert.Equal([("EXPENSIVE", AbcClass.A), ("CHEAP", AbcClass.C)], strict.Select(r => (r.Sku, r.Abc)));
    }

    [Fact]
    public async Task XYZ_classes_follow_the_coefficient_of_variation_of_weekly_demand_including_weeks_without_sales()
    {
        await using var store = await TestStore.CreateAsync();
        Add(store.Analytics,
            // STEADY: 5 a week → cv 0 → X.
            ("STEADY", 5, 1m, Utc(2026, 3, 3)), ("STEADY", 5, 1m, Utc(2026, 3, 10)), ("STEADY", 5, 1m, Utc(2026, 3, 17)), ("STEADY", 5, 1m, Utc(2026, 3, 24)),
            // HALF: 1,3,1,3 → mean 2, σ 1 → cv 0.5 → X (limit inclusive).
            ("HALF", 1, 1m, Utc(2026, 3, 3)), ("HALF", 3, 1m, Utc(2026, 3, 10)), ("HALF", 1, 1m, Utc(2026, 3, 17)), ("HALF", 3, 1m, Utc(2026, 3, 24)),
            // SWING: 0,2,0,2 → mean 1, σ 1 → cv 1 → Y.
            ("SWING", 2, 1m, Utc(2026, 3, 10)), ("SWING", 2, 1m, Utc(2026, 3, 24)),
            // ONCE: 8,0,0,0 → mean 2, σ √12 → cv √3 → Z.
            ("ONCE", 8, 1m, Utc(2026, 3, 2)));

        var rows = Classify(store, ClassificationRequest.For(From, To)).ToDictionary(r => r.Sku);

        Assert.Equal((0.0, XyzClass.X), (rows["STEADY"].WeeklyVariation!.Value, rows["STEADY"].Xyz));
        Assert.Equal((0.5, XyzClass.X), (rows["HALF"].WeeklyVariation!.Value, rows["HALF"].Xyz));
        Assert.Equal((1.0, XyzClass.Y), (rows["SWING"].WeeklyVariation!.Value, rows["SWING"].Xyz));
        Assert.Equal(Math.Sqrt(3), rows["ONCE"].WeeklyVariation!.Value, 12);
        Assert.Equal(XyzClass.Z, rows["ONCE"].Xyz);
        Assert.Equal(2.0, rows["ONCE"].WeeklyMean);
    }

    [Fact]
    public async Task The_matrix_counts_SKUs_per_ABC_and_XYZ_cell()
    {
        await using var store = await TestStore.CreateAsync();
        Add(store.Analytics,
            ("BIG", 10, 10m, Utc(2026, 3, 3)), ("BIG", 10, 10m, Utc(2026, 3, 10)), ("BIG", 10, 10m, Utc(2026, 3, 17)), ("BIG", 10, 10m, Utc(2026, 3, 24)),
            ("SMALL", 1, 1m, Utc(2026, 3, 3)));
        using var connection = store.Analytics.OpenConnection();

        var cells = SkuClassifier.Matrix(connection, ClassificationRequest.For(From, To));

        Assert.Equal([(AbcClass.A, XyzClass.X, 1L, 400m), (AbcClass.C, XyzClass.Z, 1L, 1m)], cells.Select(c => (c.Abc, c.Xyz, c.Skus, c.Value)));
    }
}
