using CommerceOps.Domain.Analytics;
using CommerceOps.Domain.Marketing.Content;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Marketing.Content;

/// <summary>Private-domain member counts per channel over a period, counted by the commerce store.</summary>
public sealed class MemberCounts(CommerceDbContext db)
{
    /// <summary>One row per membership channel, in <see cref="PrivateDomainChannels.Membership"/> order, zeros included.</summary>
    public async Task<IReadOnlyList<MemberCount>> CountAsync(AnalyticsPeriod period, CancellationToken cancellationToken)
    {
        var (from, to) = (period.From, period.To);
        var counted = await db.PrivateDomainMembers
            .GroupBy(m => m.Channel)
            .Select(g => new
            {
                Channel = g.Key,
                Members = g.LongCount(m => m.JoinedAt < to && (m.LeftAt == null || m.LeftAt >= to)),
                Joined = g.LongCount(m => m.JoinedAt >= from && m.JoinedAt < to),
                Left = g.LongCount(m => m.LeftAt >= from && m.LeftAt < to),
            })
            .ToDictionaryAsync(c => c.Channel, cancellationToken);
        return [.. PrivateDomainChannels.Membership.Select(channel => counted.TryGetValue(channel, out var c)
            ? new MemberCount(channel, c.Members, c.Joined, c.Left)
            : new MemberCount(channel, 0, 0, 0))];
    }
}
