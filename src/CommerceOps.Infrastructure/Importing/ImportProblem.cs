using System.Globalization;

namespace CommerceOps.Infrastructure.Importing;

/// <summary>Why one cell (or, with no column, one line) of an import file is unusable.</summary>
public sealed record ImportProblem(long LineNumber, string? Column, string Message)
{
    public override string ToString() => Column is null
        ? string.Create(CultureInfo.InvariantCulture, $"line {LineNumber}: {Message}")
        : string.Create(CultureInfo.InvariantCulture, $"line {LineNumber}, column {Column}: {Message}");
}
