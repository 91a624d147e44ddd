using CommerceOps.Domain.Privacy;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Privacy;

/// <summary>Counts of data-subject requests for the privacy page: open now, open past their deadline, completed, refused.</summary>
public sealed record PrivacyRequestTotals(int Open, int Overdue, int Completed, int Refused);

/// <summary>One row of the privacy page's request queue, with the customer's name for staff who may see it.</summary>
public sealed record PrivacyQueueRow(DataSubjectRequest Request, string? CustomerName);

/// <summary>The privacy page's reads: request totals and the queue with customer names (one query each).</summary>
public sealed class PrivacyOverview(CommerceDbContext db, DataSubjectRequests requests)
{
    public async Task<PrivacyRequestTotals> TotalsAsync(DateTimeOffset now, CancellationToken ct)
    {
        var counts = await db.DataSubjectRequests.AsNoTracking()
            .GroupBy(r => 1)
            .Select(g => new
            {
                Open = g.Count(r => r.Status == DataSubjectRequestStatus.Received),
                Overdue = g.Count(r => r.Status == DataSubjectRequestStatus.Received && r.DueAt < now),
                Completed = g.Count(r => r.Status == DataSubjectRequestStatus.Completed),
                Refused = g.Count(r => r.Status == DataSubjectRequestStatus.Refused),
            }).SingleOrDefaultAsync(ct);
        return counts is null ? new(0, 0, 0, 0) : new(counts.Open, counts.Overdue, counts.Completed, counts.Refused);
    }

    public async Task<IReadOnlyList<PrivacyQueueRow>> QueueAsync(int take, CancellationToken ct)
    {
        var queue = await requests.QueueAsync(take, ct);
        var codes = queue.Select(r => r.CustomerCode).Distinct().ToList();
        var names = await db.Customers.AsNoTracking().Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        return [.. queue.Select(r => new PrivacyQueueRow(r, names.GetValueOrDefault(r.CustomerCode)))];
    }
}
