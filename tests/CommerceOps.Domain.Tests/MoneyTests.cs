using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Tests;

public class MoneyTests
{
    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("0.004", "0.00")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("2.675", "2.68")]
    [InlineData("10.125", "10.13")]
    public void Rounds_half_away_from_zero_to_fen(string amount, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Money.Round(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Refuses_to_add_different_currencies() =>
        Assert.Throws<DomainException>(() => Money.Cny(1m) + new Money(1m, "GBP"));

    [Fact]
    public void Sums_three_thirds_of_a_yuan_without_binary_drift()
    {
        var third = Money.Round(1m / 3m);
        Assert.Equal(1.00m - 0.01m, third * 3);
        Assert.Equal("0.99 CNY", (Money.Cny(third) * 3).ToString());
    }
}
