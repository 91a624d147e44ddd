using System.Globalization;
using System.Text;

namespace CommerceOps.Cli;

/// <summary>
/// The CSV every CLI command writes (files and <c>--format csv</c> on stdout): RFC 4180 quoting only where a cell needs
/// it, invariant-culture numbers; files are UTF-8 without a BOM with '\n' line ends. Scripts read these files, so the
/// format of each command's output is a contract.
/// </summary>
public sealed class CsvOutput : IDisposable
{
    /// <summary>Doubles as the shortest text that reads back to the same value (the default).</summary>
    public const string RoundTrip = "R";
    /// <summary>Doubles with at most six decimals and never an exponent: the analytics exports (funnel, GMV tree, content).</summary>
    public const string SixDecimals = "0.######";

    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;
    private readonly string _doubleFormat;

    /// <summary>Creates (or replaces) the file at <paramref name="path"/>.</summary>
    public CsvOutput(string path, string doubleFormat = RoundTrip)
        : this(new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" }, ownsWriter: true, doubleFormat)
    {
    }

    private CsvOutput(TextWriter writer, bool ownsWriter, string doubleFormat)
    {
        _writer = writer;
        _ownsWriter = ownsWriter;
        _doubleFormat = doubleFormat;
    }

    /// <summary>Writes rows to a writer the caller owns (stdout), which is left open.</summary>
    public static CsvOutput On(TextWriter writer, string doubleFormat = RoundTrip) => new(writer, ownsWriter: false, doubleFormat);

    /// <summary>Writes a whole file: the header line, then the rows.</summary>
    public static void Write(string path, IEnumerable<string> header, IEnumerable<IEnumerable<object?>> rows, string doubleFormat = RoundTrip)
    {
        using var csv = new CsvOutput(path, doubleFormat);
        csv.Row(header);
        foreach (var row in rows) csv.Row(row);
    }

    public void Row(params IEnumerable<object?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) _writer.Write(',');
            _writer.Write(Field(cell));
            first = false;
        }
        _writer.WriteLine();
    }

    private string Field(object? cell)
    {
        var text = cell switch
        {
            null => "",
            double d => d.ToString(_doubleFormat, CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => cell.ToString() ?? "",
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public void Dispose()
    {
        if (_ownsWriter) _writer.Dispose();
    }
}
