namespace CommerceOps.Infrastructure.Marketing;

/// <summary>
/// One customer's RFM measures and scores as of a date. <see cref="Monetary"/> is the exact sum (ranked on as it is;
/// outputs round it to 2 decimals). <see cref="TenureDays"/> counts from the first non-cancelled order.
/// </summary>
public sealed record RfmCustomer(
    string CustomerId, long RecencyDays, long Frequency, decimal Monetary, int R, int F, int M, string Segment, long TenureDays, string Stage);
