namespace CommerceOps.Domain.Common;

/// <summary>An amount in one currency. Arithmetic across currencies is refused rather than guessed.</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public const string DefaultCurrency = "CNY";

    public static Money Zero(string currency = DefaultCurrency) => new(0m, currency);

    public static Money Cny(decimal amount) => new(amount, DefaultCurrency);

    /// <summary>Rounds half away from zero to the currency's minor unit (分 for CNY), as Chinese invoices do.</summary>
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public Money Rounded() => this with { Amount = Round(Amount) };

    public static Money operator +(Money a, Money b) => new(a.Amount + b.Amount, SameCurrency(a, b));

    public static Money operator -(Money a, Money b) => new(a.Amount - b.Amount, SameCurrency(a, b));

    public static Money operator *(Money a, int quantity) => new(a.Amount * quantity, a.Currency);

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Amount:0.00} {Currency}");

    private static string SameCurrency(Money a, Money b) =>
        a.Currency == b.Currency
            ? a.Currency
            : throw new DomainException($"Cannot combine {a.Currency} with {b.Currency}.");
}
