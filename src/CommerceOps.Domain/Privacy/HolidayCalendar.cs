namespace CommerceOps.Domain.Privacy;

/// <summary>
/// Which days are working days: Monday to Friday, minus the public holidays, plus the weekend days worked instead
/// (调休). Days the calendar does not list follow the plain week, so a year nobody entered counts weekends only.
/// </summary>
public sealed class HolidayCalendar
{
    private readonly Dictionary<DateOnly, CalendarDayKind> _days;

    public HolidayCalendar(IEnumerable<(DateOnly Date, CalendarDayKind Kind)> days) => _days = days.ToDictionary(d => d.Date, d => d.Kind);

    /// <summary>No holidays at all: Monday to Friday.</summary>
    public static HolidayCalendar WeekendsOnly { get; } = new([]);

    public static HolidayCalendar From(IEnumerable<CalendarDay> days) => new(days.Select(d => (d.Date, d.Kind)));

    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public bool IsWorkingDay(DateOnly day) => _days.TryGetValue(day, out var kind) ? kind == CalendarDayKind.WorkingDay : !IsWeekend(day);
}
