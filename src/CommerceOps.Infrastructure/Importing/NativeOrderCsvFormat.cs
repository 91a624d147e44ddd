using System.Globalization;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Ordering;

namespace CommerceOps.Infrastructure.Importing;

/// <summary>The native order-line CSV (docs/import-formats.md). Amounts are CNY; times carry their UTC offset.</summary>
public sealed class NativeOrderCsvFormat : IOrderFileFormat
{
    public const string OrderId = "order_id";
    public const string CustomerId = "customer_id";
    public const string Sku = "sku";
    public const string Quantity = "quantity";
    public const string UnitPrice = "unit_price";
    public const string OrderedAt = "ordered_at";
    public const string Channel = "channel";
    public const string Province = "province";
    public const string City = "city";
    public const string Status = "status";

    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mm:ss.FFFFFFF'Z'",
    ];

    private static readonly string StatusNames = string.Join(", ", Enum.GetValues<OrderStatus>().Select(s => s.ToWire()));

    public string Name => "orders";
    public string Source => OrderSources.NativeCsv;
    public string Currency => Money.DefaultCurrency;
    public IReadOnlyList<string> Columns { get; } = [OrderId, CustomerId, Sku, Quantity, UnitPrice, OrderedAt, Channel, Province, City, Status];

    public ImportedOrderLine? Parse(CsvRecord record, ImportProblems problems)
    {
        var before = problems.Count;
        var orderId = CsvCells.Required(record, OrderId, problems);
        var sku = CsvCells.Required(record, Sku, problems);
        var quantity = CsvCells.WholeNumber(record, Quantity, problems);
        if (quantity == 0) problems.Add(record.LineNumber, Quantity, "must not be 0");
        var price = CsvCells.Amount(record, UnitPrice, problems);
        if (price < 0) problems.Add(record.LineNumber, UnitPrice, $"'{record[UnitPrice]}' is negative");
        var orderedAt = ParseTime(record, problems);
        var channel = record[Channel] is { Length: > 0 } c ? c : Channels.Organic;
        if (!Channels.All.Contains(channel))
            problems.Add(record.LineNumber, Channel, $"'{channel}' is not one of {string.Join(", ", Channels.All)}");
        var statusText = record[Status] ?? "";
        if (!WireNames.TryParseWire<OrderStatus>(statusText, out var status))
            problems.Add(record.LineNumber, Status, $"'{statusText}' is not one of {StatusNames}");
        if (problems.Count > before) return null;

        var customer = record[CustomerId];
        return new ImportedOrderLine(
            record.LineNumber, orderId!, string.IsNullOrEmpty(customer) ? null : customer, sku!, sku!,
            quantity!.Value, price!.Value, orderedAt!.Value, channel, record[Province] ?? "", record[City] ?? "", status);
    }

    private static DateTimeOffset? ParseTime(CsvRecord record, ImportProblems problems)
    {
        var text = record[OrderedAt] ?? "";
        if (DateTimeOffset.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
            return value.ToUniversalTime();
        problems.Add(record.LineNumber, OrderedAt, $"'{text}' is not an ISO 8601 time with an offset, like 2026-11-11T20:15:00+08:00");
        return null;
    }
}
