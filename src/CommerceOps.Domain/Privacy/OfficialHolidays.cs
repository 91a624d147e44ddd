namespace CommerceOps.Domain.Privacy;

/// <summary>
/// The State Council's published holiday arrangements (国务院办公厅关于部分节假日安排的通知), which a fresh installation
/// starts with. 2026: the notice of 4 November 2025. Later years are entered by compliance once published.
/// </summary>
public static class OfficialHolidays
{
    public static IReadOnlyList<(DateOnly Date, CalendarDayKind Kind, string Name)> China2026 { get; } =
    [
        .. Holidays("元旦", new(2026, 1, 1), new(2026, 1, 3)), Worked("元旦", new(2026, 1, 4)),
        .. Holidays("春节", new(2026, 2, 15), new(2026, 2, 23)), Worked("春节", new(2026, 2, 14)), Worked("春节", new(2026, 2, 28)),
        .. Holidays("清明节", new(2026, 4, 4), new(2026, 4, 6)),
        .. Holidays("劳动节", new(2026, 5, 1), new(2026, 5, 5)), Worked("劳动节", new(2026, 5, 9)),
        .. Holidays("端午节", new(2026, 6, 19), new(2026, 6, 21)),
        .. Holidays("中秋节", new(2026, 9, 25), new(2026, 9, 27)),
        .. Holidays("国庆节", new(2026, 10, 1), new(2026, 10, 7)), Worked("国庆节", new(2026, 9, 20)), Worked("国庆节", new(2026, 10, 10)),
    ];

    private static IEnumerable<(DateOnly, CalendarDayKind, string)> Holidays(string name, DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1)) yield return (day, CalendarDayKind.Holiday, name);
    }

    private static (DateOnly, CalendarDayKind, string) Worked(string name, DateOnly day) => (day, CalendarDayKind.WorkingDay, name);
}
