using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Privacy;

/// <summary>One purpose on one channel: customers with an active consent now, and consent records withdrawn so far.</summary>
public sealed record ConsentStat(string Purpose, string Channel, int Active, int Withdrawn, int Separate);

/// <summary>Consent counts per purpose and channel for the privacy page, one grouped query over the indexed consent records.</summary>
public sealed class ConsentStatistics(CommerceDbContext db)
{
    public async Task<IReadOnlyList<ConsentStat>> PerPurposeAndChannelAsync(CancellationToken ct)
    {
        var rows = await db.Customers.AsNoTracking().SelectMany(c => c.Consents)
            .GroupBy(x => new { x.Purpose, x.Channel })
            .Select(g => new
            {
                g.Key.Purpose,
                g.Key.Channel,
                Active = g.Count(x => x.WithdrawnAt == null),
                Withdrawn = g.Count(x => x.WithdrawnAt != null),
                Separate = g.Count(x => x.WithdrawnAt == null && x.Separate),
            }).ToListAsync(ct);
        return [.. rows.Select(r => new ConsentStat(r.Purpose, r.Channel, r.Active, r.Withdrawn, r.Separate))
            .OrderBy(r => r.Purpose, StringComparer.Ordinal).ThenBy(r => r.Channel, StringComparer.Ordinal)];
    }
}
