using System.CommandLine;
using System.Globalization;
using CommerceOps.Domain.Analytics;
using CommerceOps.Domain.Common;

namespace CommerceOps.Cli.Analytics;

/// <summary>Options the analytics commands share: the date range (China-time days, both ends included) and the output file.</summary>
public static class AnalyticsOptions
{
    public static Option<string?> From(bool required) => new("--from") { Description = "First day, yyyy-MM-dd (China time)", Required = required };

    public static Option<string?> To(bool required) => new("--to") { Description = "Last day, yyyy-MM-dd (China time, included)", Required = required };

    public static Option<FileInfo> Out() => new("--out") { Description = "CSV file to write", Required = true };

    public static Option<string?> By(string description) => new("--by") { Description = description };

    /// <summary>Null when neither end is given; a DomainException (exit code 2) for a bad or half-given range.</summary>
    public static AnalyticsPeriod? Period(string? from, string? to)
    {
        if (from is null && to is null) return null;
        if (from is null || to is null) throw new DomainException("Give both --from and --to, or neither.", from is null ? "from" : "to");
        return AnalyticsPeriod.FromDays(Day(from, "from"), Day(to, "to"));
    }

    private static DateOnly Day(string text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
            : throw new DomainException($"--{field} '{text}' is not a date like 2026-11-11.", field);
}
