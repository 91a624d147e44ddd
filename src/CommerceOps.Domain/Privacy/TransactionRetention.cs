namespace CommerceOps.Domain.Privacy;

/// <summary>
/// How long transaction records are kept (PI-RETAIN-009): 电子商务法 Art.31 — "自交易完成之日起不少于三年", at least three
/// years from the completion of the transaction. The law sets a minimum, so the period can be configured longer, never shorter.
/// </summary>
public sealed class TransactionRetention
{
    public const int StatutoryMinimumYears = 3;

    public TransactionRetention(int years)
    {
        if (years < StatutoryMinimumYears)
            throw new ArgumentOutOfRangeException(nameof(years), years, $"Transaction records are kept at least {StatutoryMinimumYears} years (电子商务法 Art.31).");
        Years = years;
    }

    public static TransactionRetention Default { get; } = new(StatutoryMinimumYears);

    public int Years { get; }

    /// <summary>Records whose transaction completed before this instant have been kept long enough.</summary>
    public DateTimeOffset CutOff(DateTimeOffset now) => now.AddYears(-Years);
}
