namespace CommerceOps.Infrastructure.Demo;

/// <summary>Wall time of each generation phase; the orders phase includes their DuckDB facts.</summary>
public readonly record struct DemoPhaseTimes(TimeSpan Catalog, TimeSpan Customers, TimeSpan Orders, TimeSpan Events);
