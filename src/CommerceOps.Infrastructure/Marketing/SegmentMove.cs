namespace CommerceOps.Infrastructure.Marketing;

/// <summary>
/// How many customers were in segment <see cref="From"/> at the first date and in <see cref="To"/> at the second;
/// <c>null</c> means "not a customer yet" (or no longer one, when orders were cancelled in between).
/// </summary>
public sealed record SegmentMove(string? From, string? To, long Customers);
