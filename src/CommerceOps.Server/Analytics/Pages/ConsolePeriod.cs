using System.Globalization;
using CommerceOps.Domain.Analytics;

namespace CommerceOps.Server.Analytics.Pages;

/// <summary>
/// The date range a console page shows, from its <c>from</c>/<c>to</c> query parameters (yyyy-MM-dd, China-time days,
/// both included). Missing or unreadable dates fall back to the last seven days up to today.
/// </summary>
public sealed record ConsolePeriod(DateOnly From, DateOnly To)
{
    public const int DefaultDays = 7;

    public AnalyticsPeriod Period => AnalyticsPeriod.FromDays(From, To);

    public string FromText => Text(From);
    public string ToText => Text(To);

    public static ConsolePeriod Resolve(string? from, string? to, TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(AnalyticsPeriod.ChinaOffset).DateTime);
        var last = Parse(to) ?? today;
        var first = Parse(from) ?? last.AddDays(1 - DefaultDays);
        return first <= last ? new(first, last) : new(last, first);
    }

    private static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
