using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Marketing.Campaigns;

/// <summary>At most <see cref="MaxSends"/> campaign messages to one customer within any <see cref="Window"/>.</summary>
public sealed record FrequencyCap
{
    public FrequencyCap(int maxSends, TimeSpan window)
    {
        if (maxSends < 1) throw new DomainException("A frequency cap allows at least one send.", "frequencyCap");
        if (window <= TimeSpan.Zero) throw new DomainException("A frequency cap's window is positive.", "frequencyWindow");
        (MaxSends, Window) = (maxSends, window);
    }

    public int MaxSends { get; }
    public TimeSpan Window { get; }

    public bool Allows(IEnumerable<DateTimeOffset> previousSends, DateTimeOffset at) =>
        previousSends.Count(s => s > at - Window && s <= at) < MaxSends;
}
