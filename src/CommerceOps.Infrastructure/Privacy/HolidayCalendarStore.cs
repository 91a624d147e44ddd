using CommerceOps.Domain.Common;
using CommerceOps.Domain.Privacy;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Privacy;

/// <summary>
/// The stored public-holiday calendar (seeded with the official 2026 arrangement; compliance enters later years and
/// corrections) and the <see cref="HolidayCalendar"/> the request deadlines count with.
/// </summary>
public sealed class HolidayCalendarStore(CommerceDbContext db, UnitOfWork unitOfWork, TimeProvider time)
{
    public Task<List<CalendarDay>> ListAsync(int? year, CancellationToken ct)
    {
        var days = db.CalendarDays.AsNoTracking();
        if (year is { } y) days = days.Where(d => d.Date >= new DateOnly(y, 1, 1) && d.Date < new DateOnly(y + 1, 1, 1));
        return days.OrderBy(d => d.Date).ToListAsync(ct);
    }

    /// <summary>The calendar from <paramref name="from"/> on; the table holds a few dozen days a year, so it is read whole.</summary>
    public async Task<HolidayCalendar> FromAsync(DateOnly from, CancellationToken ct) =>
        HolidayCalendar.From(await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from).ToListAsync(ct));

    public Task<CalendarDay> SetAsync(DateOnly date, CalendarDayKind kind, string name, string actor, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == date, ct);
            if (day is null) db.CalendarDays.Add(day = new CalendarDay(date, kind, name, actor, time.GetUtcNow()));
            else day.Change(kind, name, actor, time.GetUtcNow());
            return day;
        }, ct);

    public Task RemoveAsync(DateOnly date, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == date, ct)
                ?? throw new NotFoundException($"{date:yyyy-MM-dd} is not in the holiday calendar.");
            db.CalendarDays.Remove(day);
        }, ct);
}
