using CommerceOps.Domain.Alerts.Rules;

namespace CommerceOps.Domain.Tests.Alerts;

public sealed class BaselineWindowsTests
{
    [Fact]
    public void Today_so_far_is_compared_with_the_same_stretch_of_the_past_four_same_weekdays()
    {
        // Thursday 26 Nov 2026, 14:05 in China (06:05 UTC).
        var now = new DateTimeOffset(2026, 11, 26, 6, 5, 0, TimeSpan.Zero);
        var windows = BaselineWindows.At(now);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.FromHours(8)), windows.Current.From);
        Assert.Equal(now, windows.Current.To);
        Assert.Equal(4, windows.Baseline.Count);
        for (var w = 0; w < 4; w++)
        {
            Assert.Equal(DayOfWeek.Thursday, windows.Baseline[w].From.ToOffset(TimeSpan.FromHours(8)).DayOfWeek);
            Assert.Equal(TimeSpan.FromHours(14) + TimeSpan.FromMinutes(5), windows.Baseline[w].Length);
            Assert.Equal(windows.Current.From.AddDays(-7 * (w + 1)), windows.Baseline[w].From);
        }
        Assert.Equal(new DateTimeOffset(2026, 10, 29, 0, 0, 0, TimeSpan.FromHours(8)), windows.Baseline[3].From);
    }

    [Fact]
    public void Just_after_midnight_in_China_the_window_is_the_new_day()
    {
        var now = new DateTimeOffset(2026, 11, 25, 16, 1, 0, TimeSpan.Zero); // 00:01 on the 26th in China
        Assert.Equal(TimeSpan.FromMinutes(1), BaselineWindows.At(now).Current.Length);
    }

    [Fact]
    public void The_baseline_is_the_mean_of_the_days_that_had_a_value()
    {
        Assert.Equal(0.25, BaselineWindows.Mean([0.2, 0.3, null, 0.25]));
        Assert.Equal(15, BaselineWindows.Mean([10, 20]));
        Assert.Null(BaselineWindows.Mean([null, null]));
    }
}
