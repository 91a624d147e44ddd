namespace CommerceOps.Domain.Customers;

/// <summary>
/// Consent for one purpose on one channel (PIPL). A withdrawal closes the record; granting again opens a new one,
/// so the history of every grant and withdrawal stays readable.
/// </summary>
public sealed class ConsentRecord
{
    private ConsentRecord() { }

    internal ConsentRecord(string purpose, string channel, DateTimeOffset grantedAt, string source, bool separate)
    {
        Purpose = purpose;
        Channel = channel;
        GrantedAt = grantedAt;
        Source = source;
        Separate = separate;
    }

    public long Id { get; private set; }
    public long CustomerId { get; private set; }
    public string Purpose { get; private set; } = "";
    public string Channel { get; private set; } = "";
    public DateTimeOffset GrantedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string Source { get; private set; } = "";
    /// <summary>Given on its own screen, not bundled with other terms (单独同意, PI-SENS-005): required for sensitive purposes.</summary>
    public bool Separate { get; private set; }

    public bool IsActive => WithdrawnAt is null;

    internal void Withdraw(DateTimeOffset at) => WithdrawnAt ??= at;
}
