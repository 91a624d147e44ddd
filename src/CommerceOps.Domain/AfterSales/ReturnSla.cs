namespace CommerceOps.Domain.AfterSales;

/// <summary>
/// The return service levels: the customer is acknowledged when the request is created (automatically, in the same
/// call); a decision follows within 24 hours. A request nearing its deadline is a yellow alert, a late one red.
/// </summary>
public sealed record ReturnSla(TimeSpan ResolveWithin, TimeSpan WarnBefore)
{
    public static readonly ReturnSla Default = new(TimeSpan.FromHours(24), TimeSpan.FromHours(2));

    public SlaState StateOf(ReturnRequest request, DateTimeOffset now)
    {
        if (request.DecidedAt is { } decided) return decided <= request.ResolveBy ? SlaState.Met : SlaState.Missed;
        if (now > request.ResolveBy) return SlaState.Breached;
        return now >= request.ResolveBy - WarnBefore ? SlaState.AtRisk : SlaState.Running;
    }
}

public enum SlaState
{
    Running,
    AtRisk,
    Breached,
    /// <summary>Decided within the deadline.</summary>
    Met,
    /// <summary>Decided, but after the deadline.</summary>
    Missed,
}
