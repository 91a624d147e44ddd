using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing;

namespace CommerceOps.Domain.Selection;

/// <summary>
/// Who may vote on candidate products: customers whose RFM segment (as of today) is one of <see cref="Segments"/>,
/// by default the top two of the segment table, champions and loyal.
/// </summary>
public sealed record VotingEligibility(IReadOnlySet<string> Segments)
{
    public static readonly VotingEligibility Default = new(new HashSet<string>(StringComparer.Ordinal) { RfmSegments.Champions, RfmSegments.Loyal });

    /// <summary>Refuses a customer outside the voting segments (null: no purchases yet, so no segment).</summary>
    public void Check(string customerCode, string? segment)
    {
        if (segment is null || !Segments.Contains(segment))
            throw new VoteNotAllowedException(
                $"Customer {customerCode} is in segment '{segment ?? "none"}'; only customers in {string.Join(", ", Segments.Order(StringComparer.Ordinal))} may vote.");
    }
}

/// <summary>The customer may not vote (HTTP 403 with the reason).</summary>
public sealed class VoteNotAllowedException(string message) : DomainException(message, "customerCode");
