using System.Globalization;

namespace CommerceOps.Cli;

/// <summary>Dates on the command line are ISO calendar dates (2011-08-31).</summary>
public static class CliDates
{
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
