using CommerceOps.Domain.Common;
using CommerceOps.Domain.SupplyChain;

namespace CommerceOps.Infrastructure.SupplyChain;

/// <summary>
/// ABC and XYZ over the whole days <see cref="From"/> to <see cref="To"/> (inclusive, UTC). XYZ looks at the whole
/// weeks that end with <see cref="To"/> (leading days that do not fill a week are left out of it).
/// </summary>
public sealed record ClassificationRequest(DateOnly From, DateOnly To, AbcBasis Basis, AbcThresholds Abc, XyzThresholds Xyz)
{
    public static ClassificationRequest For(DateOnly from, DateOnly to) => new(from, to, AbcBasis.Revenue, AbcThresholds.Default, XyzThresholds.Default);

    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The instant after the last day: the period is [Start, End).</summary>
    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public int WholeWeeks => (To.DayNumber - From.DayNumber + 1) / 7;

    public DateTimeOffset XyzStart => End.AddDays(-7 * WholeWeeks);

    public void Validate()
    {
        if (To < From) throw new DomainException("The period ends before it starts.", "to");
    }
}
