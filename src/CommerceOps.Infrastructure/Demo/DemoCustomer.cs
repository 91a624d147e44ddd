using CommerceOps.Domain.Customers;

namespace CommerceOps.Infrastructure.Demo;

/// <summary>A generated customer as orders and events need it.</summary>
public sealed record DemoCustomer(long Id, string Code, DemoCity City, PostalAddress Address, DateTimeOffset RegisteredAt);
