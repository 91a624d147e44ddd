using System.Globalization;
using System.Text;

namespace CommerceOps.Cli.Analytics;

/// <summary>Writes a result as RFC 4180 CSV (UTF-8, invariant numbers) for the analytics commands' <c>--out</c>.</summary>
public static class CsvOutput
{
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.WriteLine(string.Join(',', header.Select(Cell)));
        foreach (var row in rows) writer.WriteLine(string.Join(',', row.Select(Cell)));
    }

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            double d => d.ToString("0.######", CultureInfo.InvariantCulture),
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
