namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// The free-form properties of a behaviour event, kept as the compact JSON text the store saves, with
/// <c>page_load_ms</c> pulled out because alerts read it as a column.
/// </summary>
/// <param name="Problem">Why the properties are unacceptable (nested values, too many, too long), or null.</param>
public sealed record BehaviourProperties(string Json, int Count, int? PageLoadMs, string? Problem)
{
    public const string PageLoadMsKey = "page_load_ms";
    public const int MaxCount = 50;
    public const int MaxKeyLength = 64;
    public const int MaxValueLength = 1_000;
}
