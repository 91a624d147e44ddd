using System.Globalization;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Ordering;

namespace CommerceOps.Infrastructure.Importing;

/// <summary>
/// The UCI "Online Retail" layout: one row per invoice line. Invoices starting with "C" are cancellations of earlier
/// sales (negative quantities), rows without a CustomerID are guest orders, prices are GBP. Invoice times are UK
/// local time and are stored in UTC.
/// </summary>
public sealed class OnlineRetailFormat : IOrderFileFormat
{
    public const string InvoiceNo = "InvoiceNo";
    public const string StockCode = "StockCode";
    public const string Description = "Description";
    public const string Quantity = "Quantity";
    public const string InvoiceDate = "InvoiceDate";
    public const string UnitPrice = "UnitPrice";
    public const string CustomerID = "CustomerID";
    public const string Country = "Country";

    // The shared extract uses ISO dates; the workbook UCI publishes exports as M/d/yyyy H:mm.
    private static readonly string[] DateFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "M/d/yyyy H:mm"];
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public string Name => "online-retail";
    public string Source => OrderSources.OnlineRetail;
    public string Currency => "GBP";
    public IReadOnlyList<string> Columns { get; } = [InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country];

    public ImportedOrderLine? Parse(CsvRecord record, ImportProblems problems)
    {
        var before = problems.Count;
        var invoice = CsvCells.Required(record, InvoiceNo, problems);
        var stockCode = CsvCells.Required(record, StockCode, problems);
        var quantity = CsvCells.WholeNumber(record, Quantity, problems);
        var price = CsvCells.Amount(record, UnitPrice, problems);
        var orderedAt = ParseDate(record, problems);
        var customer = ParseCustomer(record, problems);
        if (problems.Count > before) return null;

        var description = record[Description] ?? "";
        return new ImportedOrderLine(
            record.LineNumber, invoice!, customer, stockCode!, description.Length > 0 ? description : stockCode!,
            quantity!.Value, price!.Value, orderedAt!.Value, Channels.Organic, record[Country] ?? "", "",
            invoice!.StartsWith('C') ? OrderStatus.Cancelled : OrderStatus.Completed);
    }

    private static DateTimeOffset? ParseDate(CsvRecord record, ImportProblems problems)
    {
        var text = record[InvoiceDate] ?? "";
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            // A time skipped by the spring clock change cannot be converted; the shop was closed then anyway.
            if (UkTime.IsInvalidTime(local)) local = local.AddHours(1);
            return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, UkTime));
        }
        problems.Add(record.LineNumber, InvoiceDate, $"'{text}' is not a date and time like 2011-08-31 17:05:00");
        return null;
    }

    /// <summary>Customer ids are whole numbers; spreadsheet exports sometimes write them as "17850.0".</summary>
    private static string? ParseCustomer(CsvRecord record, ImportProblems problems)
    {
        var text = record[CustomerID] ?? "";
        if (text.Length == 0) return null;
        if (text.EndsWith(".0", StringComparison.Ordinal)) text = text[..^2];
        if (text.All(char.IsAsciiDigit)) return text;
        problems.Add(record.LineNumber, CustomerID, $"'{record[CustomerID]}' is not a customer number");
        return null;
    }
}
