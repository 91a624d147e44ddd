using CommerceOps.Domain.Marketing.Lifetime;

namespace CommerceOps.Infrastructure.Marketing;

/// <summary>A customer id with their purchase history in days as of a date.</summary>
public sealed record CustomerPurchaseHistory(string CustomerId, PurchaseHistory History);
