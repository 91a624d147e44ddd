using CommerceOps.Domain.Ordering;

namespace CommerceOps.Infrastructure.Importing;

/// <summary>A CSV layout of order lines: its columns and how one record becomes an <see cref="ImportedOrderLine"/>.</summary>
public interface IOrderFileFormat
{
    /// <summary>The name used on the command line, e.g. "online-retail".</summary>
    string Name { get; }

    /// <summary>The order source recorded on imported orders (<see cref="OrderSources"/>).</summary>
    string Source { get; }

    /// <summary>The currency of the file's amounts; they are stored as they are, not converted.</summary>
    string Currency { get; }

    IReadOnlyList<string> Columns { get; }

    /// <summary>Parses one record; returns null and adds to <paramref name="problems"/> when a cell is bad.</summary>
    ImportedOrderLine? Parse(CsvRecord record, ImportProblems problems);
}
