using CsvHelper;

namespace CommerceOps.Infrastructure.Importing;

/// <summary>The current data record of a CSV file, read by column name, with its physical line number.</summary>
public sealed class CsvRecord(CsvReader reader, IReadOnlyDictionary<string, int> columnIndex)
{
    public long LineNumber => reader.LineNumber;

    /// <summary>The trimmed cell of a column, or null when the record is too short to have it.</summary>
    public string? this[string column]
    {
        get
        {
            var i = columnIndex[column];
            return i < reader.FieldCount ? reader.GetString(i).Trim() : null;
        }
    }

    /// <summary>The cell exactly as written (not trimmed), for readers that report offsets into it.</summary>
    public string? Raw(string column)
    {
        var i = columnIndex[column];
        return i < reader.FieldCount ? reader.GetString(i) : null;
    }
}
