using CommerceOps.Domain.AfterSales;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Infrastructure.Tests.Analytics;

namespace CommerceOps.Infrastructure.Tests.AfterSales;

public sealed class RefundProjectionTests
{
    [Fact]
    public async Task Each_refund_including_partial_ones_becomes_one_row_of_fact_refunds()
    {
        await using var stores = await AnalyticsTestStores.CreateAsync();
        var at = stores.Time.GetUtcNow();
        await using (var db = stores.NewCommerceDb())
        {
            db.Outbox.Add(CommerceDbContext.ToOutbox(new RefundIssued("RT-1", "SO-1", 95.67m, "CNY", "original_payment", "no_reason", "to-agent") { OccurredAt = at }));
            db.Outbox.Add(CommerceDbContext.ToOutbox(new RefundIssued("RT-2", "SO-1", 191.33m, "CNY", "original_payment", "allergy", "allergy-worry-free") { OccurredAt = at.AddHours(1) }));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await stores.DrainAsync();

        Assert.Equal("2|287.00|allergy,no_reason", stores.Scalar<string>(
            "SELECT concat_ws('|', count(*), sum(amount)::VARCHAR, string_agg(reason, ',' ORDER BY reason)) FROM fact_refunds WHERE order_number = 'SO-1'"));
        Assert.Equal(0L, stores.Scalar<long>("SELECT count(*) FROM projected_events WHERE outcome <> 'applied'"));
    }
}
