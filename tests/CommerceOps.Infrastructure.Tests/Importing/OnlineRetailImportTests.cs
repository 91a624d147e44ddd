using System.IO.Compression;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Importing;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Tests.Importing;

public sealed class OnlineRetailImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_real_sample_imports_with_the_counts_of_an_independent_count()
    {
        var file = SharedData.OnlineRetailFile;
        var expected = IndependentCount(ReadLines(file));
        await using var store = await TestStore.CreateAsync();

        var summary = await new OrderFileImporter(store.Db, TimeProvider.System).ImportAsync(file, new OnlineRetailFormat(), cancellationToken: Ct);

        Assert.Equal(expected.Rows, summary.RowsRead);
        Assert.Equal(expected.Invoices, summary.Orders);
        Assert.Equal(expected.Cancellations, summary.Cancellations);
        Assert.Equal(expected.Customers, summary.Customers);
        var counts = await store.CountAsync();
        Assert.Equal(expected.Rows, counts.OrderLines);
        Assert.Equal(expected.Invoices, counts.Orders);
        Assert.Equal(expected.Customers, counts.Customers);
        Assert.Equal(expected.Invoices, await store.Db.Outbox.CountAsync(m => m.Type == nameof(OrderPlaced), Ct));
        Assert.Equal(expected.Cancellations, await store.Db.Orders.CountAsync(o => o.Status == OrderStatus.Cancelled, Ct));
        Assert.Equal(expected.GuestInvoices, await store.Db.Orders.CountAsync(o => o.CustomerId == null, Ct));
        var first = await store.Db.Orders.Include(o => o.Lines).SingleAsync(o => o.Number == "536365", Ct);
        Assert.Equal("17850", first.CustomerCode);
        Assert.Equal("GBP", first.Currency);
        Assert.Equal(7, first.Lines.Count);
        Assert.Equal("United Kingdom", first.ShippingAddress!.Province);
        // 2010-12-01 08:26 in London (GMT in winter) is 08:26 UTC.
        Assert.Equal(new DateTimeOffset(2010, 12, 1, 8, 26, 0, TimeSpan.Zero), first.PlacedAt);
    }

    [Fact]
    public async Task A_corrupted_copy_is_refused_with_line_numbers_and_leaves_the_store_unchanged()
    {
        using var files = new TempFiles();
        var lines = ReadLines(SharedData.OnlineRetailFile).Take(3001).ToList();
        var valid = files.Write("valid.csv", lines.Take(1001));
        lines[9] = ReplaceField(lines[9], 3, "abc");                 // line 10: Quantity
        lines[19] = ReplaceField(lines[19], 4, "2011-13-45 25:00");  // line 20: InvoiceDate
        lines[29] = lines[29][..lines[29].LastIndexOf(',')];         // line 30: Country missing
        var corrupted = files.Write("corrupted.csv", lines);
        await using var store = await TestStore.CreateAsync();
        var importer = new OrderFileImporter(store.Db, TimeProvider.System);
        await importer.ImportAsync(valid, new OnlineRetailFormat(), cancellationToken: Ct);
        var before = await store.CountAsync();

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => importer.ImportAsync(corrupted, new OnlineRetailFormat(), cancellationToken: Ct));

        Assert.Equal(3, refused.ProblemCount);
        Assert.Equal(
        [
            "line 10, column Quantity: 'abc' is not a whole number",
            "line 20, column InvoiceDate: '2011-13-45 25:00' is not a date and time like 2011-08-31 17:05:00",
            "line 30, column Country: has 7 fields but the header has 8",
        ], refused.Problems.Select(p => p.ToString()));
        Assert.Equal(before, await store.CountAsync());
    }

    [Fact]
    public async Task A_header_without_a_required_column_is_refused_at_line_1()
    {
        using var files = new TempFiles();
        var path = files.Write("no-quantity.csv",
        [
            "InvoiceNo,StockCode,Description,InvoiceDate,UnitPrice,CustomerID,Country",
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,2010-12-01 08:26:00,2.55,17850,United Kingdom",
        ]);
        await using var store = await TestStore.CreateAsync();

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() =>
            new OrderFileImporter(store.Db, TimeProvider.System).ImportAsync(path, new OnlineRetailFormat(), cancellationToken: Ct));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal((1L, "Quantity"), (problem.LineNumber, problem.Column));
        Assert.Equal(0, (await store.CountAsync()).Orders);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_skips_the_orders_already_imported()
    {
        using var files = new TempFiles();
        var path = files.Write("part.csv", ReadLines(SharedData.OnlineRetailFile).Take(2001));
        await using var store = await TestStore.CreateAsync();
        var importer = new OrderFileImporter(store.Db, TimeProvider.System);
        var first = await importer.ImportAsync(path, new OnlineRetailFormat(), cancellationToken: Ct);
        var afterFirst = await store.CountAsync();

        var second = await importer.ImportAsync(path, new OnlineRetailFormat(), cancellationToken: Ct);

        Assert.Equal(first.Orders, first.OrdersImported);
        Assert.Equal(0, second.OrdersImported);
        Assert.Equal(first.Orders, second.OrdersSkippedAsAlreadyImported);
        Assert.Equal(0, second.CustomersCreated);
        Assert.Equal(0, second.ProductsCreated);
        Assert.Equal(afterFirst, await store.CountAsync());
    }

    [Fact]
    public async Task Customer_ids_written_as_decimals_and_guests_are_understood()
    {
        using var files = new TempFiles();
        var path = files.Write("mixed.csv",
        [
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
            "536365,85123A,\"HEART, WHITE\",6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom",
            "536366,22633,HAND WARMER,6,2010-12-01 08:28:00,1.85,,United Kingdom",
            "C536379,D,Discount,-1,2010-12-01 09:41:00,27.50,17850,United Kingdom",
        ]);
        await using var store = await TestStore.CreateAsync();

        var summary = await new OrderFileImporter(store.Db, TimeProvider.System).ImportAsync(path, new OnlineRetailFormat(), cancellationToken: Ct);

        Assert.Equal((3, 1, 1, 1), (summary.Orders, summary.Customers, summary.GuestOrders, summary.Cancellations));
        var cancellation = await store.Db.Orders.Include(o => o.Lines).SingleAsync(o => o.Number == "C536379", Ct);
        Assert.Equal(("17850", OrderStatus.Cancelled, -1, -27.50m), (cancellation.CustomerCode, cancellation.Status, cancellation.Lines[0].Quantity, cancellation.Total));
        Assert.Equal("HEART, WHITE", (await store.Db.OrderLines.FirstAsync(l => l.SkuCode == "85123A", Ct)).ProductTitle);
    }

    private static IEnumerable<string> ReadLines(string gzipFile)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(gzipFile), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line) yield return line;
    }

    private sealed record Counts(int Rows, int Invoices, int Cancellations, int Customers, int GuestInvoices);

    /// <summary>Counts the file with a plain line reader and a tiny quote-aware splitter, sharing no code with the importer.</summary>
    private static Counts IndependentCount(IEnumerable<string> lines)
    {
        var rows = 0;
        var invoices = new HashSet<string>();
        var customers = new HashSet<string>();
        var guests = new HashSet<string>();
        foreach (var line in lines.Skip(1))
        {
            var fields = Split(line);
            rows++;
            invoices.Add(fields[0]);
            if (fields[6].Length == 0) guests.Add(fields[0]);
            else customers.Add(fields[6]);
        }
        return new Counts(rows, invoices.Count, invoices.Count(i => i.StartsWith('C')), customers.Count, guests.Count);
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }

    private static string ReplaceField(string line, int index, string value)
    {
        var fields = Split(line);
        fields[index] = value;
        return string.Join(',', fields.Select(f => f.Contains(',') ? $"\"{f}\"" : f));
    }
}
