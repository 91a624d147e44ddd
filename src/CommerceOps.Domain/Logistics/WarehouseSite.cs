namespace CommerceOps.Domain.Logistics;

/// <summary>Where a warehouse is, as the delivery promise and order routing need it.</summary>
public sealed record WarehouseSite(string Code, string Province, string City);
