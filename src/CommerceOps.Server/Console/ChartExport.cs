using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Server.Hosting;
using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;

namespace CommerceOps.Server.WebConsole;

/// <summary>
/// CSV and Excel downloads of a chart's data. The chart posts back the table it shows, so every chart gets
/// exports without a query of its own here; the result only ever holds what the signed-in user already sees.
/// </summary>
public static partial class ChartExport
{
    public static void MapChartExport(this IEndpointRouteBuilder app) =>
        app.MapPost("/console/export", ([FromForm] string name, [FromForm] string format, [FromForm] string table, TimeProvider time) =>
        {
            var parsed = Parse(table);
            var rows = parsed.Rows.Select(row => (IDictionary<string, object?>)parsed.Columns
                .Select((header, i) => (header, value: i < row.Count ? Cell(row[i]) : null))
                .ToDictionary(c => c.header, c => c.value)).ToList();
            var fileName = $"{SafeName().Replace(name, "-")}-{time.GetUtcNow():yyyyMMdd-HHmm}";
            using var stream = new MemoryStream();
            if (format == "csv")
            {
                // A byte order mark, so Excel opens the Chinese text as UTF-8.
                stream.Write(Encoding.UTF8.Preamble);
                stream.SaveAs(rows, excelType: ExcelType.CSV);
                return Results.File(stream.ToArray(), "text/csv; charset=utf-8", fileName + ".csv");
            }
            if (format == "xlsx")
            {
                stream.SaveAs(rows, excelType: ExcelType.XLSX, sheetName: "data");
                return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName + ".xlsx");
            }
            return Results.Problem(title: "format must be csv or xlsx.", statusCode: StatusCodes.Status400BadRequest);
        }).RequireRoles([.. Roles.ConsoleRoles]).ExcludeFromDescription();

    private static ChartTable.ExportedTable Parse(string json)
    {
        try
        {
            return ChartTable.Parse(json) ?? throw new BadHttpRequestException("table is empty.");
        }
        catch (JsonException e)
        {
            throw new BadHttpRequestException("table is not a chart table: " + e.Message);
        }
    }

    /// <summary>Numbers stay numbers in Excel; text that a spreadsheet would run as a formula is quoted.</summary>
    private static object? Cell(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Number } n => n.GetDecimal(),
        JsonElement { ValueKind: JsonValueKind.String } s => Text(s.GetString()!),
        JsonElement { ValueKind: JsonValueKind.True } => true,
        JsonElement { ValueKind: JsonValueKind.False } => false,
        _ => null,
    };

    private static string Text(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex SafeName();
}
