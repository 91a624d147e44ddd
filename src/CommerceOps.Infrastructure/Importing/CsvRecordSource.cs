using System.IO.Compression;
using CsvHelper;

namespace CommerceOps.Infrastructure.Importing;

/// <summary>
/// Streams the records of a CSV file (plain or gzip, recognised by its magic bytes) one at a time, so memory does
/// not grow with the file. The header must name every column the format needs; order and extra columns do not matter.
/// </summary>
public sealed class CsvRecordSource : IDisposable
{
    private readonly FileStream _file;
    private readonly CsvReader _reader;
    private readonly ImportProblems _problems;
    private readonly IReadOnlyList<string> _columns;

    public CsvRecordSource(string path, IReadOnlyList<string> columns, ImportProblems problems)
    {
        _columns = columns;
        _problems = problems;
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Stream content = IsGzip(_file) ? new GZipStream(_file, CompressionMode.Decompress) : _file;
        var options = new CsvReaderOptions
        {
            Separator = ',',
            TrackLineNumbers = true,
            OnMalformedRecord = m => _problems.Add(m.LineNumber, null, $"malformed CSV quoting ({m.Reason})"),
        };
        _reader = CsvReader.Create(content, options, leaveOpen: false);
    }

    public long BytesTotal => _file.Length;

    public long BytesRead => _file.Position;

    public long RowsRead { get; private set; }

    /// <summary>Yields data records; a missing header column or a record with the wrong field count is a problem instead.</summary>
    public IEnumerable<CsvRecord> Records()
    {
        _reader.ReadHeader();
        var header = _reader.Headers.Select(h => h.Trim()).ToList();
        if (header.Count == 0)
        {
            _problems.Add(1, null, "the file is empty; expected a header line");
            yield break;
        }
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++) index.TryAdd(header[i], i);
        var missing = _columns.Where(c => !index.ContainsKey(c)).ToList();
        foreach (var column in missing)
            _problems.Add(1, column, $"missing from the header (expected {string.Join(',', _columns)})");
        if (missing.Count > 0) yield break;

        var record = new CsvRecord(_reader, index);
        while (_reader.Read())
        {
            RowsRead++;
            if (_reader.FieldCount != header.Count)
            {
                var column = _reader.FieldCount < header.Count ? header[_reader.FieldCount] : null;
                _problems.Add(_reader.LineNumber, column, $"has {_reader.FieldCount} fields but the header has {header.Count}");
                continue;
            }
            yield return record;
        }
    }

    private static bool IsGzip(FileStream file)
    {
        Span<byte> magic = stackalloc byte[2];
        var read = file.Read(magic);
        file.Position = 0;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _file.Dispose();
    }
}
