using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Importing;

/// <summary>
/// Imports an order-line file all-or-nothing in two streaming passes. The first validates every row and refuses the
/// file, writing nothing, if any row is bad. The second writes customers, products and orders in ONE transaction:
/// orders are built by <see cref="Order.Import"/> and written with their OrderPlaced events to the outbox by
/// <see cref="OrderBulkWriter"/> (prepared INSERTs; the change tracker is several times slower here). An order number
/// already in the store is skipped, so importing a file again (or after an interrupted run, which rolled back) is safe.
/// </summary>
public sealed class OrderFileImporter(CommerceDbContext db, TimeProvider time)
{
    public const int MaxReportedProblems = 50;
    public const string ImportedCategoryCode = "imported";
    private const int QueryChunk = 500;
    private const int ProgressEveryRows = 4096;

    private sealed record SkuRef(long Id, string CategoryCode);

    public async Task<ImportSummary> ImportAsync(
        string path, IOrderFileFormat format, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var scan = Validate(path, format, progress, cancellationToken);
        if (scan.Problems.Count > 0) throw new ImportRefusedException(path, scan.Problems.Kept, scan.Problems.Count);

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var existingOrders = await FindExistingOrdersAsync(scan.OrderNumbers, cancellationToken);
            var (customerIds, customersCreated) = await EnsureCustomersAsync(scan.Customers, cancellationToken);
            var (skus, productsCreated) = await EnsureSkusAsync(scan.Skus, format.Currency, cancellationToken);
            var imported = await WriteOrdersAsync(path, format, scan, existingOrders, customerIds, skus, progress, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ImportSummary(
                format.Name, scan.Rows, scan.OrderNumbers.Count, imported, existingOrders.Count, scan.Cancellations, scan.GuestOrders,
                scan.Customers.Count, customersCreated, scan.Skus.Count, productsCreated, time.GetElapsedTime(started));
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    /// <summary>The first pass: every row parsed, every problem counted, nothing written.</summary>
    public static OrderFileScan Validate(string path, IOrderFileFormat format, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var scan = new OrderFileScan(MaxReportedProblems);
        using var source = new CsvRecordSource(path, format.Columns, scan.Problems);
        string? currentOrder = null;
        foreach (var record in source.Records())
        {
            if (source.RowsRead % ProgressEveryRows == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new ImportProgress(ImportProgress.Validating, source.BytesRead, source.BytesTotal, source.RowsRead));
            }
            var line = format.Parse(record, scan.Problems);
            if (line is null) continue;
            if (line.OrderNumber != currentOrder)
            {
                if (!scan.OrderNumbers.Add(line.OrderNumber)) scan.ScatteredOrders.Add(line.OrderNumber);
                else
                {
                    if (line.Status == OrderStatus.Cancelled) scan.Cancellations++;
                    if (line.CustomerCode is null) scan.GuestOrders++;
                }
                currentOrder = line.OrderNumber;
            }
            if (line.CustomerCode is not null) scan.Customers.TryAdd(line.CustomerCode, line.OrderedAt);
            scan.Skus.TryAdd(line.SkuCode, (line.ProductTitle, line.UnitPrice, line.OrderedAt));
        }
        scan.Rows = source.RowsRead;
        progress?.Report(new ImportProgress(ImportProgress.Validating, source.BytesTotal, source.BytesTotal, source.RowsRead));
        return scan;
    }

    private async Task<int> WriteOrdersAsync(
        string path, IOrderFileFormat format, OrderFileScan scan, HashSet<string> existingOrders,
        Dictionary<string, long> customerIds, Dictionary<string, SkuRef> skus,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var imported = 0;
        using var writer = new OrderBulkWriter(db);
        var current = new List<ImportedOrderLine>();
        var heldBack = new Dictionary<string, List<ImportedOrderLine>>(StringComparer.Ordinal);

        async Task AddOrderAsync(List<ImportedOrderLine> lines)
        {
            if (existingOrders.Contains(lines[0].OrderNumber)) return;
            await writer.WriteAsync(ToOrder(lines, format, customerIds, skus), cancellationToken);
            imported++;
        }

        async Task EndCurrentAsync()
        {
            if (current.Count == 0) return;
            if (scan.ScatteredOrders.Contains(current[0].OrderNumber))
            {
                if (!heldBack.TryGetValue(current[0].OrderNumber, out var held)) heldBack[current[0].OrderNumber] = held = [];
                held.AddRange(current);
            }
            else
            {
                await AddOrderAsync(current);
            }
            current = [];
        }

        // The file was validated a moment ago; problems here would mean it changed underneath us.
        var problems = new ImportProblems(MaxReportedProblems);
        using (var source = new CsvRecordSource(path, format.Columns, problems))
        {
            foreach (var record in source.Records())
            {
                if (source.RowsRead % ProgressEveryRows == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new ImportProgress(ImportProgress.Importing, source.BytesRead, source.BytesTotal, source.RowsRead));
                }
                var line = format.Parse(record, problems);
                if (line is null) continue;
                if (current.Count > 0 && current[0].OrderNumber != line.OrderNumber) await EndCurrentAsync();
                current.Add(line);
            }
            await EndCurrentAsync();
            progress?.Report(new ImportProgress(ImportProgress.Importing, source.BytesTotal, source.BytesTotal, source.RowsRead));
        }
        if (problems.Count > 0) throw new ImportRefusedException(path, problems.Kept, problems.Count);
        foreach (var lines in heldBack.Values) await AddOrderAsync(lines);
        return imported;
    }

    private static Order ToOrder(List<ImportedOrderLine> lines, IOrderFileFormat format, Dictionary<string, long> customerIds, Dictionary<string, SkuRef> skus)
    {
        var first = lines[0];
        var drafts = lines.Select(l =>
        {
            var sku = skus[l.SkuCode];
            return new OrderLineDraft(sku.Id, l.SkuCode, Truncate(l.ProductTitle, 300), sku.CategoryCode, l.Quantity, l.UnitPrice, null);
        }).ToList();
        var payment = first.Status == OrderStatus.CodConfirmed ? PaymentMethod.CashOnDelivery : PaymentMethod.Other;
        // Imported history has no postal address; the region is all the source says about where the order went.
        var address = new PostalAddress(first.CustomerCode ?? "guest", "", Truncate(first.Province, 200), Truncate(first.City, 200), "", "");
        return Order.Import(
            first.OrderNumber, first.CustomerCode is null ? null : customerIds[first.CustomerCode], first.CustomerCode,
            format.Source, first.Channel, first.Status, payment, format.Currency, address, drafts, first.OrderedAt);
    }

    private async Task<HashSet<string>> FindExistingOrdersAsync(IEnumerable<string> numbers, CancellationToken cancellationToken)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in numbers.Chunk(QueryChunk))
            existing.UnionWith(await db.Orders.Where(o => chunk.Contains(o.Number)).Select(o => o.Number).ToListAsync(cancellationToken));
        return existing;
    }

    private async Task<(Dictionary<string, long> Ids, int Created)> EnsureCustomersAsync(
        Dictionary<string, DateTimeOffset> customers, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var chunk in customers.Keys.Chunk(QueryChunk))
            foreach (var c in await db.Customers.Where(c => chunk.Contains(c.Code)).Select(c => new { c.Code, c.Id }).ToListAsync(cancellationToken))
                ids[c.Code] = c.Id;
        var created = customers.Where(c => !ids.ContainsKey(c.Key))
            .Select(c => new Customer(c.Key, $"Customer {c.Key}", "import", c.Value)).ToList();
        foreach (var chunk in created.Chunk(QueryChunk))
        {
            db.Customers.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var c in chunk) ids[c.Code] = c.Id;
            db.ChangeTracker.Clear();
        }
        return (ids, created.Count);
    }

    private async Task<(Dictionary<string, SkuRef> Skus, int Created)> EnsureSkusAsync(
        Dictionary<string, (string Title, decimal Price, DateTimeOffset FirstSoldAt)> skus, string currency, CancellationToken cancellationToken)
    {
        var refs = new Dictionary<string, SkuRef>(StringComparer.Ordinal);
        foreach (var chunk in skus.Keys.Chunk(QueryChunk))
        {
            var found = await (
                from s in db.Skus
                join p in db.Products on s.ProductId equals p.Id
                join c in db.Categories on p.CategoryId equals c.Id
                where chunk.Contains(s.Code)
                select new { s.Code, s.Id, Category = c.Code }).ToListAsync(cancellationToken);
            foreach (var s in found) refs[s.Code] = new SkuRef(s.Id, s.Category);
        }
        var missing = skus.Where(s => !refs.ContainsKey(s.Key)).ToList();
        if (missing.Count == 0) return (refs, 0);

        var categoryId = await EnsureImportedCategoryAsync(cancellationToken);
        foreach (var chunk in missing.Chunk(QueryChunk))
        {
            var products = chunk.Select(s =>
            {
                var product = new Product(Truncate(s.Value.Title, 300), categoryId, s.Value.FirstSoldAt);
                // Adjustment rows (e.g. Online Retail's "bad debt") carry negative prices; a list price cannot be negative.
                product.AddSku(s.Key, "", new Money(Math.Max(0m, s.Value.Price), currency), s.Value.FirstSoldAt);
                return product;
            }).ToList();
            db.Products.AddRange(products);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var p in products) refs[p.Skus[0].Code] = new SkuRef(p.Skus[0].Id, ImportedCategoryCode);
            db.ChangeTracker.Clear();
        }
        return (refs, missing.Count);
    }

    private async Task<long> EnsureImportedCategoryAsync(CancellationToken cancellationToken)
    {
        var id = await db.Categories.Where(c => c.Code == ImportedCategoryCode).Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is not null) return id.Value;
        var category = new Category(ImportedCategoryCode, "导入商品", "Imported");
        db.Categories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return category.Id;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
