using CommerceOps.Domain.Common;
using CommerceOps.Domain.Privacy;

namespace CommerceOps.Domain.Tests.Privacy;

/// <summary>Working-day deadlines over the official 2026 holiday arrangement (国务院办公厅, 4 Nov 2025), 调休 included.</summary>
public class HolidayCalendarTests
{
    private static readonly HolidayCalendar China2026 = new(OfficialHolidays.China2026.Select(d => (d.Date, d.Kind)));

    private static DateTimeOffset ChinaMorning(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));

    private static DateOnly DueDay(DateTimeOffset received, int days) =>
        WorkingDays.ChinaDate(WorkingDays.DeadlineAfter(received, days, China2026));

    [Fact]
    public void Fifteen_working_days_across_national_day_skip_the_golden_week_and_count_the_worked_saturday()
    {
        // Mon 28 Sep: 29, 30 Sep; 1–7 Oct off; 8, 9, Sat 10 Oct (worked), 12–16, 19–23 Oct.
        Assert.Equal(new DateOnly(2026, 10, 23), DueDay(ChinaMorning(2026, 9, 28), 15));
        // Weekends only it would have been Monday 19 October: four days early.
        Assert.Equal(new DateOnly(2026, 10, 19), WorkingDays.ChinaDate(WorkingDays.DeadlineAfter(ChinaMorning(2026, 9, 28), 15, HolidayCalendar.WeekendsOnly)));
    }

    [Fact]
    public void Fifteen_working_days_across_the_spring_festival_count_both_worked_saturdays()
    {
        // Fri 13 Feb: Sat 14 (worked); 15–23 Feb off; 24–27, Sat 28 (worked); 2–6, 9–12 Mar.
        Assert.Equal(new DateOnly(2026, 3, 12), DueDay(ChinaMorning(2026, 2, 13), 15));
    }

    [Fact]
    public void The_next_working_day_can_be_a_saturday_or_sunday_worked_instead_of_a_holiday()
    {
        Assert.Equal(new DateOnly(2026, 10, 10), DueDay(ChinaMorning(2026, 10, 9), 1));
        Assert.Equal(new DateOnly(2026, 9, 20), DueDay(ChinaMorning(2026, 9, 18), 1));
        Assert.True(China2026.IsWorkingDay(new DateOnly(2026, 1, 4)));
        Assert.False(China2026.IsWorkingDay(new DateOnly(2026, 1, 2)));
        // A year nobody entered follows the plain week.
        Assert.True(China2026.IsWorkingDay(new DateOnly(2027, 10, 1)));
    }

    [Fact]
    public void The_official_2026_arrangement_has_its_holidays_and_six_worked_weekend_days()
    {
        var days = OfficialHolidays.China2026;

        Assert.Equal(33, days.Count(d => d.Kind == CalendarDayKind.Holiday)); // 3 + 9 + 3 + 5 + 3 + 3 + 7
        Assert.Equal([new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10)],
            days.Where(d => d.Kind == CalendarDayKind.WorkingDay).Select(d => d.Date).Order().ToArray());
        Assert.All(days.Where(d => d.Kind == CalendarDayKind.WorkingDay), d => Assert.True(HolidayCalendar.IsWeekend(d.Date)));
    }

    [Fact]
    public void Only_a_weekend_day_can_be_made_a_working_day_and_a_day_names_its_holiday()
    {
        var at = ChinaMorning(2026, 11, 26);

        Assert.Equal("kind", Assert.Throws<DomainException>(() => new CalendarDay(new DateOnly(2026, 12, 2), CalendarDayKind.WorkingDay, "元旦", "c", at)).Field);
        Assert.Equal("name", Assert.Throws<DomainException>(() => new CalendarDay(new DateOnly(2026, 12, 31), CalendarDayKind.Holiday, " ", "c", at)).Field);
        var request = DataSubjectRequest.Receive("PR2", "C2", DataSubjectRequestKind.Export, null, "storefront", ChinaMorning(2026, 9, 28), China2026);
        Assert.Equal(new DateOnly(2026, 10, 23), WorkingDays.ChinaDate(request.DueAt));
    }
}
