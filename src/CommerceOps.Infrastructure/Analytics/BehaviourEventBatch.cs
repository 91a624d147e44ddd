namespace CommerceOps.Infrastructure.Analytics;

/// <summary>The body of <c>POST /api/v1/events</c>: up to <see cref="MaxEvents"/> behaviour events, all or none stored.</summary>
public sealed class BehaviourEventBatch
{
    public const int MaxEvents = 10_000;

    public List<BehaviourEventInput>? Events { get; set; }
}
