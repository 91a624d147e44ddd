namespace CommerceOps.Domain.Marketing;

/// <summary>
/// The RFM segments, named from a customer's R and F scores (issue #4's table). Every (R, F) pair from 1–5 falls
/// in exactly one rule; the analytics SQL is built from <see cref="Rules"/> so API, CLI and console agree.
/// </summary>
public static class RfmSegments
{
    public const string Champions = "champions";
    public const string Loyal = "loyal";
    public const string PotentialLoyalists = "potential_loyalists";
    public const string NewCustomers = "new_customers";
    public const string Promising = "promising";
    public const string NeedAttention = "need_attention";
    public const string AboutToSleep = "about_to_sleep";
    public const string AtRisk = "at_risk";
    public const string CannotLose = "cannot_lose";
    public const string Hibernating = "hibernating";

    public static readonly IReadOnlyList<RfmSegmentRule> Rules =
    [
        new(Champions, 5, 5, 4, 5),
        new(Loyal, 3, 4, 4, 5),
        new(PotentialLoyalists, 4, 5, 2, 3),
        new(NewCustomers, 5, 5, 1, 1),
        new(Promising, 4, 4, 1, 1),
        new(NeedAttention, 3, 3, 3, 3),
        new(AboutToSleep, 3, 3, 1, 2),
        new(AtRisk, 1, 2, 3, 4),
        new(CannotLose, 1, 2, 5, 5),
        new(Hibernating, 1, 2, 1, 2),
    ];

    public static IEnumerable<string> All => Rules.Select(r => r.Segment);

    public static string Of(int recencyScore, int frequencyScore) =>
        Rules.FirstOrDefault(r => r.Matches(recencyScore, frequencyScore))?.Segment
        ?? throw new ArgumentOutOfRangeException(nameof(recencyScore), $"R={recencyScore}, F={frequencyScore} is not a pair of scores from 1 to 5.");
}

/// <summary>One row of the segment table: R in [RecencyFrom, RecencyTo] and F in [FrequencyFrom, FrequencyTo].</summary>
public sealed record RfmSegmentRule(string Segment, int RecencyFrom, int RecencyTo, int FrequencyFrom, int FrequencyTo)
{
    public bool Matches(int recencyScore, int frequencyScore) =>
        recencyScore >= RecencyFrom && recencyScore <= RecencyTo && frequencyScore >= FrequencyFrom && frequencyScore <= FrequencyTo;
}
