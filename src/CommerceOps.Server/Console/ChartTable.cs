using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommerceOps.Server.WebConsole;

/// <summary>A column of a chart's data: its header and a .NET format for numbers shown in the table ("N0", "N2", "P1").</summary>
public sealed record ChartColumn(string Header, string? Format = null);

/// <summary>
/// The data behind a chart, as the table view shows it and as CSV/Excel exports it. Cells are numbers
/// (decimal, long, double…), text or null.
/// </summary>
public sealed record ChartTable(IReadOnlyList<ChartColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public string Display(int column, object? value) => value switch
    {
        null => "—",
        IFormattable number when Columns[column].Format is { } format => number.ToString(format, CultureInfo.CurrentCulture),
        IFormattable other => other.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>What the export form posts back: headers and raw cell values (numbers unformatted).</summary>
    public string ToJson() => JsonSerializer.Serialize(new ExportedTable([.. Columns.Select(c => c.Header)], Rows), Json);

    public sealed record ExportedTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

    public static ExportedTable? Parse(string json) => JsonSerializer.Deserialize<ExportedTable>(json, Json);
}
