namespace CommerceOps.Domain.Marketing;

/// <summary>The guide's lifecycle stages (new / active / dormant / lost), each with its own marketing strategy.</summary>
public static class LifecycleStages
{
    public const string New = "new";
    public const string Active = "active";
    public const string Dormant = "dormant";
    public const string Lost = "lost";

    public static readonly IReadOnlyList<string> All = [New, Active, Dormant, Lost];
}

/// <summary>
/// Day thresholds of the lifecycle stages, as of a date: <c>new</c> when the first order is fewer than
/// <see cref="NewWithinDays"/> days old; otherwise by days since the last order: <c>active</c> below
/// <see cref="DormantAfterDays"/>, <c>dormant</c> below <see cref="LostAfterDays"/>, <c>lost</c> from there.
/// </summary>
public sealed record LifecycleThresholds
{
    public static readonly LifecycleThresholds Default = new(30, 90, 180);

    public LifecycleThresholds(int newWithinDays, int dormantAfterDays, int lostAfterDays)
    {
        if (newWithinDays < 1) throw new Common.DomainException("The 'new' window is at least 1 day.", "newWithinDays");
        if (dormantAfterDays < newWithinDays)
            throw new Common.DomainException("Customers become dormant no sooner than they stop being new.", "dormantAfterDays");
        if (lostAfterDays <= dormantAfterDays)
            throw new Common.DomainException("Customers are lost only after they have been dormant.", "lostAfterDays");
        NewWithinDays = newWithinDays;
        DormantAfterDays = dormantAfterDays;
        LostAfterDays = lostAfterDays;
    }

    public int NewWithinDays { get; }
    public int DormantAfterDays { get; }
    public int LostAfterDays { get; }

    public string StageOf(long daysSinceFirstOrder, long daysSinceLastOrder) =>
        daysSinceFirstOrder < NewWithinDays ? LifecycleStages.New
        : daysSinceLastOrder < DormantAfterDays ? LifecycleStages.Active
        : daysSinceLastOrder < LostAfterDays ? LifecycleStages.Dormant
        : LifecycleStages.Lost;
}
