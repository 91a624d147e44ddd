using CommerceOps.Domain.Privacy;

namespace CommerceOps.Domain.Tests.Privacy;

/// <summary>电子商务法 Art.31: transaction records are kept at least three years from completion.</summary>
public class TransactionRetentionTests
{
    [Fact]
    public void The_cut_off_is_the_retention_period_before_now_and_the_period_is_never_below_three_years()
    {
        var now = new DateTimeOffset(2029, 11, 26, 2, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero), TransactionRetention.Default.CutOff(now));
        Assert.Equal(new DateTimeOffset(2024, 11, 26, 2, 0, 0, TimeSpan.Zero), new TransactionRetention(5).CutOff(now));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TransactionRetention(2));
    }
}
