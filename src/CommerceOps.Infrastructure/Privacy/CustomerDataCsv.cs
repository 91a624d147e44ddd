using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CommerceOps.Infrastructure.Privacy;

/// <summary>
/// The export as one CSV file, <c>section,record,field,value</c>: one row per field of every record, so every section
/// fits one rectangular file a person can open in a spreadsheet. Values are as in the JSON (ISO 8601 times).
/// </summary>
public static class CustomerDataCsv
{
    public const string Header = "section,record,field,value";

    public static string Write(CustomerDataExport export, JsonSerializerOptions json)
    {
        var csv = new StringBuilder(Header).Append('\n');
        Section(csv, "customer", [export.Customer], json);
        Section(csv, "addresses", export.Addresses, json);
        Section(csv, "consents", export.Consents, json);
        Section(csv, "orders", export.Orders, json);
        Section(csv, "order_lines", export.OrderLines, json);
        Section(csv, "returns", export.Returns, json);
        Section(csv, "tickets", export.Tickets, json);
        Section(csv, "events", export.Events, json);
        Section(csv, "privacy_requests", export.PrivacyRequests, json);
        return csv.ToString();
    }

    private static void Section<T>(StringBuilder csv, string section, IReadOnlyList<T> rows, JsonSerializerOptions json)
    {
        for (var i = 0; i < rows.Count; i++)
            foreach (var field in JsonSerializer.SerializeToElement(rows[i], json).EnumerateObject())
            {
                var value = field.Value.ValueKind switch
                {
                    JsonValueKind.Null => "",
                    JsonValueKind.String => field.Value.GetString()!,
                    _ => field.Value.GetRawText(),
                };
                csv.Append(section).Append(',').Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(Escape(field.Name)).Append(',').Append(Escape(value)).Append('\n');
            }
    }

    /// <summary>RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet does not run it as a formula.</summary>
    private static string Escape(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
