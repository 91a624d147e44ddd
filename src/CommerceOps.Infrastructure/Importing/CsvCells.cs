using System.Globalization;

namespace CommerceOps.Infrastructure.Importing;

/// <summary>Culture-invariant cell parsers that report a problem naming the line, the column and the bad text.</summary>
public static class CsvCells
{
    public static string? Required(CsvRecord record, string column, ImportProblems problems, int maxLength = 64)
    {
        var text = record[column];
        if (string.IsNullOrEmpty(text))
        {
            problems.Add(record.LineNumber, column, "is empty");
            return null;
        }
        if (text.Length <= maxLength) return text;
        problems.Add(record.LineNumber, column, $"is longer than {maxLength} characters");
        return null;
    }

    public static int? WholeNumber(CsvRecord record, string column, ImportProblems problems)
    {
        var text = record[column] ?? "";
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        problems.Add(record.LineNumber, column, $"'{text}' is not a whole number");
        return null;
    }

    public static decimal? Amount(CsvRecord record, string column, ImportProblems problems)
    {
        var text = record[column] ?? "";
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return value;
        problems.Add(record.LineNumber, column, $"'{text}' is not a decimal number (use '.' as the decimal point)");
        return null;
    }
}
