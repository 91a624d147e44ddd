using System.Globalization;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Importing;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Tests.Importing;

public sealed class NativeOrderCsvImportTests
{
    private const string Header = "order_id,customer_id,sku,quantity,unit_price,ordered_at,channel,province,city,status";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Row(string OrderId, string CustomerId, string Sku, int Quantity, decimal UnitPrice, DateTimeOffset OrderedAt,
        string Channel, string Province, string City, string Status)
    {
        public string ToCsv() => string.Join(',', OrderId, CustomerId, Sku, Quantity.ToString(CultureInfo.InvariantCulture),
            UnitPrice.ToString(CultureInfo.InvariantCulture), OrderedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            Channel, Province, City, Status);
    }

    [Fact]
    public async Task Orders_written_as_native_csv_read_back_as_they_were_written()
    {
        var evening = new DateTimeOffset(2026, 11, 11, 20, 15, 0, TimeSpan.FromHours(8));
        Row[] rows =
        [
            new("N-1001", "C0000001", "FRUIT-APPLE-5KG", 2, 59.90m, evening, Channels.Live, "浙江", "杭州", "completed"),
            new("N-1001", "C0000001", "3C-CHARGER-65W", 1, 129.00m, evening, Channels.Live, "浙江", "杭州", "completed"),
            new("N-1002", "", "HOME-BOX-3", 3, 19.90m, evening.AddHours(1), Channels.Organic, "四川", "成都", "cod_confirmed"),
            new("N-1003", "C0000002", "FRUIT-APPLE-5KG", 1, 55.00m, evening.AddDays(1), Channels.ShortVideo, "广东", "深圳", "cancelled"),
        ];
        using var files = new TempFiles();
        var path = files.Write("orders.csv", [Header, .. rows.Select(r => r.ToCsv())]);
        await using var store = await TestStore.CreateAsync();

        var summary = await new OrderFileImporter(store.Db, TimeProvider.System).ImportAsync(path, new NativeOrderCsvFormat(), cancellationToken: Ct);

        Assert.Equal((4L, 3, 2, 3, 1, 1), (summary.RowsRead, summary.Orders, summary.Customers, summary.Products, summary.GuestOrders, summary.Cancellations));
        var orders = await store.Db.Orders.Include(o => o.Lines).OrderBy(o => o.Number).ToListAsync(Ct);
        var readBack = orders.SelectMany(o => o.Lines.OrderBy(l => l.Id).Select(l => new Row(
            o.Number, o.CustomerCode ?? "", l.SkuCode, l.Quantity, l.UnitPrice, o.PlacedAt.ToOffset(TimeSpan.FromHours(8)),
            o.Channel, o.ShippingAddress!.Province, o.ShippingAddress.City, o.Status.ToWire())));
        Assert.Equal(rows, readBack);
        Assert.All(orders, o => Assert.Equal((OrderSources.NativeCsv, "CNY"), (o.Source, o.Currency)));
        Assert.Equal(PaymentMethod.CashOnDelivery, orders.Single(o => o.Number == "N-1002").PaymentMethod);
        Assert.Equal(3, await store.Db.Outbox.CountAsync(m => m.Type == nameof(OrderPlaced), Ct));
    }

    [Fact]
    public async Task Every_bad_row_is_reported_by_line_and_column_and_nothing_is_written()
    {
        using var files = new TempFiles();
        var path = files.Write("bad.csv",
        [
            Header,
            "N-1,C1,SKU-1,1,10.00,2026-11-11T20:00:00+08:00,organic,浙江,杭州,completed",
            "N-2,C1,SKU-1,two,10.00,2026-11-11T20:00:00+08:00,organic,浙江,杭州,completed",
            "N-3,C1,SKU-1,1,-5,2026-11-11 20:00,organic,浙江,杭州,completed",
            "N-4,C1,,1,10.00,2026-11-11T20:00:00Z,tv,浙江,杭州,lost",
        ]);
        await using var store = await TestStore.CreateAsync();

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() =>
            new OrderFileImporter(store.Db, TimeProvider.System).ImportAsync(path, new NativeOrderCsvFormat(), cancellationToken: Ct));

        Assert.Equal(
        [
            (3L, "quantity"), (4L, "unit_price"), (4L, "ordered_at"), (5L, "sku"), (5L, "channel"), (5L, "status"),
        ], refused.Problems.Select(p => (p.LineNumber, p.Column!)));
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0, 0), await store.CountAsync());
    }
}
