namespace CommerceOps.Infrastructure.Marketing;

/// <summary>Customers sharing R, F and lifecycle stage: the unit the overview adds up into segments, stages and the R×F grid.</summary>
public sealed record RfmGroup(int R, int F, string Segment, string Stage, long Customers, decimal Monetary, long RecencyDaysTotal, long FrequencyTotal);
