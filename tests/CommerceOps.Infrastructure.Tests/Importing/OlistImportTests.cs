using System.Globalization;
using CommerceOps.Cli;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Importing;
using CommerceOps.Infrastructure.Importing.Olist;
using CommerceOps.Infrastructure.Logistics;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Tests.Importing;

public sealed class OlistImportTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly TempFiles _files = new();

    [Fact]
    public async Task The_sample_imports_and_promises_by_region_match_an_independent_count_over_the_CSVs()
    {
        var dir = SharedData.OlistDirectory;
        var data = Path.Combine(_files.Directory, "data");
        var output = Path.Combine(_files.Directory, "promises.csv");

        Assert.Equal(ExitCodes.Ok, await CommerceOpsCli.RunAsync(["--data", data, "import", "olist", dir], TextWriter.Null, TextWriter.Null, Ct));
        Assert.Equal(ExitCodes.Ok, await CommerceOpsCli.RunAsync(
            ["--data", data, "delivery", "promises", "--by", "region", "--out", output], TextWriter.Null, TextWriter.Null, Ct));

        var expected = IndependentPromises(dir);
        var lines = File.ReadAllLines(output);
        Assert.Equal("region,orders,kept,kept_rate", lines[0]);
        Assert.Equal(expected.Select(e => $"{e.Key},{e.Value.Orders},{e.Value.Kept}"), lines.Skip(1).Select(l => string.Join(',', l.Split(',')[..3])));
        Assert.All(lines.Skip(1), l =>
        {
            var c = l.Split(',');
            Assert.Equal((double)int.Parse(c[2], CultureInfo.InvariantCulture) / int.Parse(c[1], CultureInfo.InvariantCulture), double.Parse(c[3], CultureInfo.InvariantCulture));
        });
        Assert.True(expected.Values.Any(v => v.Kept < v.Orders), "the sample has late deliveries");
    }

    [Fact]
    public async Task Optional_tables_may_be_missing_and_a_product_without_a_row_keeps_only_its_id()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_files.Directory, "min")).FullName;
        File.WriteAllLines(Path.Combine(dir, "olist_customers_dataset.csv"),
        [
            "customer_id,customer_unique_id,customer_zip_code_prefix,customer_city,customer_state",
            "c1,u1,01000,sao paulo,SP",
            "c2,u1,01000,sao paulo,SP",
        ]);
        File.WriteAllLines(Path.Combine(dir, "olist_orders_dataset.csv"),
        [
            "order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date",
            "o1,c1,delivered,2018-08-15 11:30:33,,2018-08-16 10:00:00,2018-08-27 23:59:00,2018-08-27 00:00:00",
            "o2,c2,delivered,2018-08-15 11:30:33,,2018-08-16 10:00:00,2018-08-28 00:01:00,2018-08-27 00:00:00",
        ]);
        File.WriteAllLines(Path.Combine(dir, "olist_order_items_dataset.csv"),
        [
            "order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value",
            "o1,1,p-without-row,s1,2018-08-20 00:00:00,10.50,1.00",
            "o1,2,p-without-row,s1,2018-08-20 00:00:00,10.50,1.00",
            "o2,1,p-without-row,s1,2018-08-20 00:00:00,10.50,1.00",
        ]);
        File.WriteAllLines(Path.Combine(dir, "olist_order_payments_dataset.csv"),
            ["order_id,payment_sequential,payment_type,payment_installments,payment_value", "o1,1,boleto,1,21.00", "o2,1,credit_card,3,10.50"]);
        await using var store = await TestStore.CreateAsync();

        var summary = await new OlistImporter(store.Db, TimeProvider.System).ImportAsync(dir, Ct);

        Assert.Equal((2, 1, 1), (summary.OrdersImported, summary.Customers, summary.ProductsWithoutRow));
        Assert.Contains(OlistTable.Products.FileName, summary.TablesMissing);
        var o1 = await store.Db.Orders.Include(o => o.Lines).SingleAsync(o => o.Number == "o1", Ct);
        Assert.Equal((OrderStatus.Delivered, PaymentMethod.CashOnDelivery, "SP", 2, 21.00m), (o1.Status, o1.PaymentMethod, o1.ShippingAddress!.Province, o1.Lines[0].Quantity, o1.Total));
        Assert.Equal("p-without-row", (await store.Db.Products.SingleAsync(Ct)).Title);
        Assert.Equal(["olist:boleto", "olist:credit_card"], await store.Db.Payments.OrderBy(p => p.OrderNumber).Select(p => p.ProviderReference).ToListAsync(Ct));
        // 23:59 on the promised day is kept; one minute after midnight is not (calendar dates, São Paulo time).
        var rate = Assert.Single(await new DeliveryPromiseReport(store.Db).ByRegionAsync(Ct));
        Assert.Equal(("SP", 2, 1), (rate.Region, rate.Orders, rate.Kept));
    }

    [Fact]
    public async Task Bad_rows_are_refused_with_file_line_and_column_and_nothing_is_written()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_files.Directory, "bad")).FullName;
        File.WriteAllLines(Path.Combine(dir, "olist_customers_dataset.csv"),
            ["customer_id,customer_unique_id,customer_zip_code_prefix,customer_city,customer_state", "c1,u1,01000,sao paulo,SP"]);
        File.WriteAllLines(Path.Combine(dir, "olist_orders_dataset.csv"),
        [
            "order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date",
            "o1,c1,delivered,2018-08-15 11:30:33,,,2018-08-20 10:00:00,2018-08-27 00:00:00",
            "o2,c9,delivered,2018-08-15 11:30:33,,,,2018-08-27 00:00:00",
            "o3,c1,teleported,yesterday,,,,",
        ]);
        File.WriteAllLines(Path.Combine(dir, "olist_order_items_dataset.csv"),
            ["order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value", "o1,1,p1,s1,2018-08-20 00:00:00,10,5", "o1,2,p1,s1,2018-08-20 00:00:00,ten,5"]);
        await using var store = await TestStore.CreateAsync();

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => new OlistImporter(store.Db, TimeProvider.System).ImportAsync(dir, Ct));

        Assert.Equal(
        [
            "line 3, column olist_order_items_dataset.csv:price: 'ten' is not an amount (use '.' as the decimal point)",
            "line 3, column olist_orders_dataset.csv:customer_id: 'c9' is not in olist_customers_dataset.csv",
            "line 4, column olist_orders_dataset.csv:order_status: 'teleported' is not an Olist order status (created, approved, invoiced, processing, shipped, delivered, canceled, unavailable)",
            "line 4, column olist_orders_dataset.csv:order_purchase_timestamp: 'yesterday' is not a date and time like 2018-08-15 11:30:33",
        ], refused.Problems.Select(p => p.ToString()));
        Assert.Equal(0, (await store.CountAsync()).Orders);
    }

    [Fact]
    public async Task A_directory_without_the_orders_table_is_refused_with_exit_code_2()
    {
        var error = new StringWriter();
        var code = await CommerceOpsCli.RunAsync(["--data", Path.Combine(_files.Directory, "d"), "import", "olist", _files.Directory], TextWriter.Null, error, Ct);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("olist_orders_dataset.csv is missing", error.ToString());
    }

    /// <summary>Delivered orders per customer state, kept when the delivery date is not after the estimated date (as text, yyyy-MM-dd).</summary>
    private static SortedDictionary<string, (int Orders, int Kept)> IndependentPromises(string dir)
    {
        static IEnumerable<string[]> Rows(string file) => File.ReadLines(file).Skip(1).Select(l => l.Split(','));
        var state = Rows(Path.Combine(dir, "olist_customers_dataset.csv")).ToDictionary(r => r[0], r => r[4]);
        var result = new SortedDictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var r in Rows(Path.Combine(dir, "olist_orders_dataset.csv")))
        {
            if (r[6].Length == 0 || r[7].Length == 0) continue;
            var s = state[r[1]];
            var (orders, kept) = result.GetValueOrDefault(s);
            result[s] = (orders + 1, kept + (string.CompareOrdinal(r[6][..10], r[7][..10]) <= 0 ? 1 : 0));
        }
        return result;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _files.Dispose();
    }
}
