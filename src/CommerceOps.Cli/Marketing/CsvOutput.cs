using System.Globalization;
using System.Text;

namespace CommerceOps.Cli.Marketing;

/// <summary>Writes a CSV file (UTF-8, no BOM, '\n' line ends, RFC 4180 quoting where needed, invariant numbers).</summary>
public sealed class CsvOutput(string path) : IDisposable
{
    private readonly StreamWriter _writer = new(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };

    public void Row(params object?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) _writer.Write(',');
            _writer.Write(Quote(Format(fields[i])));
        }
        _writer.WriteLine();
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";

    public void Dispose() => _writer.Dispose();
}
