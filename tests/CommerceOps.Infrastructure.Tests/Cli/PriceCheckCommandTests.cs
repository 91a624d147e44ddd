using CommerceOps.Cli;
using CommerceOps.Cli.Compliance;
using CommerceOps.Cli.Storage;
using CommerceOps.Domain.Marketing.Promotions;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Tests.Cli;

/// <summary><c>commerceops --data DIR price-check --promotion ID</c> on imported sales and price history.</summary>
public sealed class PriceCheckCommandTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8));
    private readonly TempFiles _files = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "commerceops-pricecheck-" + Guid.NewGuid().ToString("N"));

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommerceOpsCli.RunAsync(["--data", _data, .. args], output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>SKU-1 listed at 100 since September (its first sale), sold at 80 on 29 October, 3 days before the start.</summary>
    private async Task SeedAsync()
    {
        var orders = _files.Write("orders.csv",
        [
            "order_id,customer_id,sku,quantity,unit_price,ordered_at,channel,province,city,status",
            "N-1,C1,SKU-1,1,100.00,2026-09-01T10:00:00+08:00,organic,浙江,杭州,completed",
            "N-2,C2,SKU-1,1,80.00,2026-10-29T10:00:00+08:00,organic,浙江,杭州,completed",
        ]);
        Assert.Equal(ExitCodes.Ok, (await RunAsync("import", "orders", orders)).ExitCode);
        await using var storage = await CliStorage.OpenAsync(_data, TestContext.Current.CancellationToken);
        storage.Db.Promotions.Add(Promotion.Draft("P-LABELLED", "标明基准价", Rules("厂商建议零售价 100"), Start));
        storage.Db.Promotions.Add(Promotion.Draft("P-UNLABELLED", "未标基准价", Rules(null), Start));
        await storage.Db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static PromotionRules Rules(string? statedBaseline) => new(new PercentageDiscount(10m), new PromotionPeriod(Start, Start.AddDays(3)),
        new PromotionScope(Skus: ["SKU-1"], ExcludedSkus: []), PromotionEligibility.Everyone, Stacking.Stackable,
        Limits: new PromotionLimits(1, 1_000m), StatedBaseline: statedBaseline);

    private async Task RaiseListPriceAsync(decimal price, DateTimeOffset at)
    {
        await using var storage = await CliStorage.OpenAsync(_data, TestContext.Current.CancellationToken);
        var sku = await storage.Db.Skus.Include(s => s.PriceHistory).SingleAsync(s => s.Code == "SKU-1", TestContext.Current.CancellationToken);
        sku.ChangePrice(price, at);
        await storage.Db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Clean_exits_0_and_a_reference_price_above_the_7_day_lowest_exits_1_with_PRC_BASE_001()
    {
        await SeedAsync();

        var clean = await RunAsync("price-check", "--promotion", "P-LABELLED");
        var blocked = await RunAsync("price-check", "--promotion", "P-UNLABELLED");

        Assert.Equal(ExitCodes.Ok, clean.ExitCode);
        Assert.Contains("0 finding(s)", clean.Output);
        Assert.Equal(PriceCheckCommand.Blocked, blocked.ExitCode);
        var line = Assert.Single(blocked.Output.Split('\n'), l => l.StartsWith("PRC-", StringComparison.Ordinal)).Split('\t');
        Assert.Equal(["PRC-BASE-001", "BLOCK", "SKU-1"], line[..3]);
        Assert.Contains("80.00", line[3]);
    }

    [Fact]
    public async Task A_list_price_raised_before_the_start_is_PRC_HIKE_002_blocking_or_for_review_by_option()
    {
        await SeedAsync();
        await RaiseListPriceAsync(130m, Start.AddDays(-10));
        var id = await IdAsync("P-LABELLED");

        var blocked = await RunAsync("price-check", "--promotion", id);
        var review = await RunAsync("price-check", "--promotion", id, "--hike-review");
        var tolerant = await RunAsync("price-check", "--promotion", id, "--hike-percent", "50");

        Assert.Equal(PriceCheckCommand.Blocked, blocked.ExitCode);
        Assert.StartsWith("PRC-HIKE-002\tBLOCK\tSKU-1\t", blocked.Output);
        Assert.Equal(PriceCheckCommand.ReviewOnly, review.ExitCode);
        Assert.StartsWith("PRC-HIKE-002\tWARN\tSKU-1\t", review.Output);
        Assert.Equal(ExitCodes.Ok, tolerant.ExitCode);
    }

    [Fact]
    public async Task An_unknown_promotion_or_a_bad_option_exits_2()
    {
        await SeedAsync();

        var unknown = await RunAsync("price-check", "--promotion", "NOPE");
        var bad = await RunAsync("price-check", "--promotion", "P-LABELLED", "--hike-days", "0");

        Assert.Equal(ExitCodes.BadInput, unknown.ExitCode);
        Assert.Contains("NOPE", unknown.Error);
        Assert.Equal(ExitCodes.BadInput, bad.ExitCode);
    }

    private async Task<string> IdAsync(string code)
    {
        await using var storage = await CliStorage.OpenAsync(_data, TestContext.Current.CancellationToken);
        return (await storage.Db.Promotions.SingleAsync(p => p.Code == code, TestContext.Current.CancellationToken)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        _files.Dispose();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
