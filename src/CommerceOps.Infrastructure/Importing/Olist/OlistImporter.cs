using System.Globalization;
using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Ordering;
using CommerceOps.Domain.Payments;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Importing.Olist;

/// <summary>
/// Imports the Olist Brazilian e-commerce export from a directory, all-or-nothing. Orders and customers are
/// required; items, payments, reviews, products and sellers are read when present. Every table is streamed and
/// validated first (problems name the file, line and column); only then are customers (by customer_unique_id),
/// products (by product_id; an id without a product row becomes a product with only its id), orders with their lines,
/// promise and delivery, and payments written in one transaction. Times are São Paulo local time and stored in UTC;
/// <c>order_estimated_delivery_date</c> is the promise (a day), <c>order_delivered_customer_date</c> the delivery,
/// <c>customer_state</c> the region. Boleto is paid offline, like cash on delivery; every payment keeps its Olist type.
/// Orders already in the store are skipped, so a re-run is safe.
/// </summary>
public sealed class OlistImporter(CommerceDbContext db, TimeProvider time)
{
    public const string Currency = "BRL";
    private const int QueryChunk = 500;
    private static readonly TimeZoneInfo SaoPaulo = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");
    private static readonly string[] TimeFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    private static readonly Dictionary<string, OrderStatus> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["created"] = OrderStatus.Placed,
        ["approved"] = OrderStatus.Paid,
        ["invoiced"] = OrderStatus.Paid,
        ["processing"] = OrderStatus.Paid,
        ["shipped"] = OrderStatus.Shipped,
        ["delivered"] = OrderStatus.Delivered,
        ["canceled"] = OrderStatus.Cancelled,
        ["unavailable"] = OrderStatus.Cancelled,
    };

    private sealed class Scan
    {
        public ImportProblems Problems { get; } = new(OrderFileImporter.MaxReportedProblems);
        public Dictionary<string, OlistCustomer> Customers { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, string> Products { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<OlistItem>> Items { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<OlistPayment>> Payments { get; } = new(StringComparer.Ordinal);
        public List<OlistOrder> Orders { get; } = [];
        public List<string> Missing { get; } = [];
        public int PaymentRows, Reviews, Sellers;
    }

    public async Task<OlistImportSummary> ImportAsync(string directory, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var scan = Validate(directory, cancellationToken);
        if (scan.Problems.Count > 0) throw new ImportRefusedException(directory, scan.Problems.Kept, scan.Problems.Count);

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var existing = await ExistingOrdersAsync(scan.Orders.Select(o => o.OrderId), cancellationToken);
            var toImport = scan.Orders.Where(o => !existing.Contains(o.OrderId) && scan.Items.ContainsKey(o.OrderId)).ToList();
            var customerCodes = toImport.Select(o => scan.Customers[o.CustomerId].UniqueId).Distinct(StringComparer.Ordinal).ToList();
            var (customerIds, customersCreated) = await EnsureCustomersAsync(customerCodes, toImport, scan, cancellationToken);
            var productIds = toImport.SelectMany(o => scan.Items[o.OrderId]).Select(i => i.ProductId).Distinct(StringComparer.Ordinal).ToList();
            var (skus, productsCreated) = await EnsureProductsAsync(productIds, scan.Products, cancellationToken);
            await WriteOrdersAsync(toImport, scan, customerIds, skus, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new OlistImportSummary(
                scan.Orders.Count, toImport.Count, existing.Count, scan.Orders.Count(o => !scan.Items.ContainsKey(o.OrderId)),
                toImport.Count(o => o.DeliveredAt is not null), customerCodes.Count, customersCreated, productIds.Count, productsCreated,
                productIds.Count(p => !scan.Products.ContainsKey(p)), scan.PaymentRows, scan.Reviews, scan.Sellers, scan.Missing,
                time.GetElapsedTime(started));
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private static Scan Validate(string directory, CancellationToken cancellationToken)
    {
        var scan = new Scan();
        foreach (var table in new[] { OlistTable.Orders, OlistTable.Customers })
            if (table.Find(directory) is null) scan.Problems.Add(0, null, $"{table.FileName} is missing from {directory}; it is required");
        if (scan.Problems.Count > 0) return scan;

        Read(directory, OlistTable.Customers, scan, r =>
        {
            var id = Cell(r, OlistTable.Customers, "customer_id", scan);
            var unique = Cell(r, OlistTable.Customers, "customer_unique_id", scan);
            if (id is null || unique is null) return;
            if (!scan.Customers.TryAdd(id, new OlistCustomer(unique, r["customer_city"] ?? "", r["customer_state"] ?? "")))
                Problem(scan, r, OlistTable.Customers, "customer_id", $"'{id}' appears twice");
        }, cancellationToken);
        Read(directory, OlistTable.Products, scan, r =>
        {
            if (Cell(r, OlistTable.Products, "product_id", scan) is { } id) scan.Products.TryAdd(id, r["product_category_name"] ?? "");
        }, cancellationToken);
        Read(directory, OlistTable.Sellers, scan, r =>
        {
            if (Cell(r, OlistTable.Sellers, "seller_id", scan) is not null) scan.Sellers++;
        }, cancellationToken);
        Read(directory, OlistTable.Items, scan, r =>
        {
            var order = Cell(r, OlistTable.Items, "order_id", scan);
            var product = Cell(r, OlistTable.Items, "product_id", scan);
            var price = Amount(r, OlistTable.Items, "price", scan);
            if (order is null || product is null || price is null) return;
            if (!scan.Items.TryGetValue(order, out var items)) scan.Items[order] = items = [];
            items.Add(new OlistItem(product, price.Value));
        }, cancellationToken);
        Read(directory, OlistTable.Payments, scan, r =>
        {
            var order = Cell(r, OlistTable.Payments, "order_id", scan);
            var type = Cell(r, OlistTable.Payments, "payment_type", scan);
            var value = Amount(r, OlistTable.Payments, "payment_value", scan);
            if (order is null || type is null || value is null) return;
            if (!scan.Payments.TryGetValue(order, out var payments)) scan.Payments[order] = payments = [];
            payments.Add(new OlistPayment(type, value.Value));
            scan.PaymentRows++;
        }, cancellationToken);
        Read(directory, OlistTable.Reviews, scan, r =>
        {
            var score = r["review_score"];
            if (Cell(r, OlistTable.Reviews, "order_id", scan) is null) return;
            if (score is not ("1" or "2" or "3" or "4" or "5")) Problem(scan, r, OlistTable.Reviews, "review_score", $"'{score}' is not a score from 1 to 5");
            else scan.Reviews++;
        }, cancellationToken);
        var orderIds = new HashSet<string>(StringComparer.Ordinal);
        Read(directory, OlistTable.Orders, scan, r =>
        {
            var t = OlistTable.Orders;
            var id = Cell(r, t, "order_id", scan);
            var customer = Cell(r, t, "customer_id", scan);
            var statusText = r["order_status"] ?? "";
            var known = Statuses.TryGetValue(statusText, out var status);
            if (!known) Problem(scan, r, t, "order_status", $"'{statusText}' is not an Olist order status ({string.Join(", ", Statuses.Keys)})");
            var purchased = Time(r, t, "order_purchase_timestamp", scan, required: true);
            var shipped = Time(r, t, "order_delivered_carrier_date", scan, required: false);
            var delivered = Time(r, t, "order_delivered_customer_date", scan, required: false);
            var promised = Time(r, t, "order_estimated_delivery_date", scan, required: false);
            if (id is null || customer is null || !known || purchased is null) return;
            if (!orderIds.Add(id)) { Problem(scan, r, t, "order_id", $"'{id}' appears twice"); return; }
            if (!scan.Customers.ContainsKey(customer)) { Problem(scan, r, t, "customer_id", $"'{customer}' is not in {OlistTable.Customers.FileName}"); return; }
            scan.Orders.Add(new OlistOrder(id, customer, status, Utc(purchased.Value), shipped is { } s ? Utc(s) : null,
                delivered is { } d ? Utc(d) : null, promised is { } p ? Utc(p.Date.AddDays(1)) : null));
        }, cancellationToken);
        return scan;
    }

    private static void Read(string directory, OlistTable table, Scan scan, Action<CsvRecord> read, CancellationToken cancellationToken)
    {
        if (table.Find(directory) is not { } path)
        {
            scan.Missing.Add(table.FileName);
            return;
        }
        var problems = new ImportProblems(OrderFileImporter.MaxReportedProblems);
        using (var source = new CsvRecordSource(path, table.Columns, problems))
            foreach (var record in source.Records())
            {
                if (source.RowsRead % 4096 == 0) cancellationToken.ThrowIfCancellationRequested();
                read(record);
            }
        foreach (var p in problems.Kept) scan.Problems.Add(p with { Column = $"{table.FileName}:{p.Column ?? "-"}" });
        for (var i = problems.Kept.Count; i < problems.Count; i++) scan.Problems.Add(0, table.FileName, "further problem");
    }

    private static void Problem(Scan scan, CsvRecord record, OlistTable table, string column, string message) =>
        scan.Problems.Add(record.LineNumber, $"{table.FileName}:{column}", message);

    private static string? Cell(CsvRecord record, OlistTable table, string column, Scan scan)
    {
        var text = record[column];
        if (string.IsNullOrEmpty(text)) Problem(scan, record, table, column, "is empty");
        else if (text.Length > 64) Problem(scan, record, table, column, "is longer than 64 characters");
        else return text;
        return null;
    }

    private static decimal? Amount(CsvRecord record, OlistTable table, string column, Scan scan)
    {
        var text = record[column] ?? "";
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return value;
        Problem(scan, record, table, column, $"'{text}' is not an amount (use '.' as the decimal point)");
        return null;
    }

    private static DateTime? Time(CsvRecord record, OlistTable table, string column, Scan scan, bool required)
    {
        var text = record[column] ?? "";
        if (text.Length == 0)
        {
            if (required) Problem(scan, record, table, column, "is empty");
            return null;
        }
        if (DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return local;
        Problem(scan, record, table, column, $"'{text}' is not a date and time like 2018-08-15 11:30:33");
        return null;
    }

    // Brazil moved its clocks at midnight until 2019: a midnight that did not exist is the first hour that did.
    private static DateTimeOffset Utc(DateTime local)
    {
        if (SaoPaulo.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, SaoPaulo));
    }

    private async Task WriteOrdersAsync(
        List<OlistOrder> orders, Scan scan, Dictionary<string, long> customerIds, Dictionary<string, (long Id, string Category)> skus,
        CancellationToken cancellationToken)
    {
        var payments = new List<Payment>();
        using (var writer = new OrderBulkWriter(db))
        {
            foreach (var o in orders)
            {
                var customer = scan.Customers[o.CustomerId];
                var lines = scan.Items[o.OrderId]
                    .GroupBy(i => (i.ProductId, i.Price))
                    .Select(g => new OrderLineDraft(skus[g.Key.ProductId].Id, g.Key.ProductId, g.Key.ProductId, skus[g.Key.ProductId].Category,
                        g.Count(), g.Key.Price, null))
                    .ToList();
                var paid = scan.Payments.GetValueOrDefault(o.OrderId) ?? [];
                var method = paid.Any(p => p.Type == "boleto") ? PaymentMethod.CashOnDelivery : PaymentMethod.Other;
                var order = Order.Import(o.OrderId, customerIds[customer.UniqueId], customer.UniqueId, OrderSources.Olist, Channels.Organic,
                    o.Status, method, Currency, new PostalAddress(customer.UniqueId, "", customer.State, customer.City, "", ""), lines, o.PurchasedAt);
                order.ImportFulfilment(o.ShippedAt, o.DeliveredAt, o.PromisedBy);
                var orderId = await writer.WriteAsync(order, cancellationToken);
                payments.AddRange(paid.Select(p => Payment.Imported(orderId, o.OrderId, p.Type == "boleto" ? PaymentMethod.CashOnDelivery : PaymentMethod.Other,
                    p.Value, Currency, "olist:" + p.Type, o.PurchasedAt)));
            }
        }
        foreach (var chunk in payments.Chunk(QueryChunk))
        {
            db.Payments.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private async Task<HashSet<string>> ExistingOrdersAsync(IEnumerable<string> numbers, CancellationToken cancellationToken)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in numbers.Chunk(QueryChunk))
            existing.UnionWith(await db.Orders.Where(o => chunk.Contains(o.Number)).Select(o => o.Number).ToListAsync(cancellationToken));
        return existing;
    }

    private async Task<(Dictionary<string, long> Ids, int Created)> EnsureCustomersAsync(
        List<string> codes, List<OlistOrder> orders, Scan scan, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var chunk in codes.Chunk(QueryChunk))
            foreach (var c in await db.Customers.Where(c => chunk.Contains(c.Code)).Select(c => new { c.Code, c.Id }).ToListAsync(cancellationToken))
                ids[c.Code] = c.Id;
        var firstOrder = orders.GroupBy(o => scan.Customers[o.CustomerId].UniqueId).ToDictionary(g => g.Key, g => g.Min(o => o.PurchasedAt));
        var created = codes.Where(c => !ids.ContainsKey(c)).Select(c => new Customer(c, $"Customer {c}", "import", firstOrder[c])).ToList();
        foreach (var chunk in created.Chunk(QueryChunk))
        {
            db.Customers.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var c in chunk) ids[c.Code] = c.Id;
            db.ChangeTracker.Clear();
        }
        return (ids, created.Count);
    }

    private async Task<(Dictionary<string, (long Id, string Category)> Skus, int Created)> EnsureProductsAsync(
        List<string> productIds, Dictionary<string, string> categories, CancellationToken cancellationToken)
    {
        var refs = new Dictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var chunk in productIds.Chunk(QueryChunk))
            foreach (var s in await (from s in db.Skus
                                     join p in db.Products on s.ProductId equals p.Id
                                     join c in db.Categories on p.CategoryId equals c.Id
                                     where chunk.Contains(s.Code)
                                     select new { s.Code, s.Id, Category = c.Code }).ToListAsync(cancellationToken))
                refs[s.Code] = (s.Id, s.Category);
        var missing = productIds.Where(p => !refs.ContainsKey(p)).ToList();
        if (missing.Count == 0) return (refs, 0);
        var categoryId = await ImportedCategoryAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var chunk in missing.Chunk(QueryChunk))
        {
            var products = chunk.Select(id =>
            {
                // A product without a row in the products table is known by its id alone.
                var category = categories.GetValueOrDefault(id);
                var product = new Product(string.IsNullOrEmpty(category) ? id : $"{category} {id}", categoryId, now);
                product.AddSku(id, "", new Money(0m, Currency), now);
                return product;
            }).ToList();
            db.Products.AddRange(products);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var p in products) refs[p.Skus[0].Code] = (p.Skus[0].Id, OrderFileImporter.ImportedCategoryCode);
            db.ChangeTracker.Clear();
        }
        return (refs, missing.Count);
    }

    private async Task<long> ImportedCategoryAsync(CancellationToken cancellationToken)
    {
        var id = await db.Categories.Where(c => c.Code == OrderFileImporter.ImportedCategoryCode).Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is not null) return id.Value;
        var category = new Category(OrderFileImporter.ImportedCategoryCode, "导入商品", "Imported");
        db.Categories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return category.Id;
    }
}
