using System.Globalization;
using System.Text;

namespace CommerceOps.Cli;

/// <summary>A UTF-8 CSV file written by an analytics command: RFC 4180 quoting, invariant numbers.</summary>
public sealed class CsvOutput(string path) : IDisposable
{
    private readonly StreamWriter _writer = new(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };

    public void Row(params object?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) _writer.Write(',');
            _writer.Write(Field(cells[i]));
        }
        _writer.WriteLine();
    }

    private static string Field(object? cell)
    {
        var text = cell switch
        {
            null => "",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => cell.ToString() ?? "",
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    public void Dispose() => _writer.Dispose();
}
