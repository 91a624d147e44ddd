namespace CommerceOps.Domain.AfterSales;

/// <summary>One reason the policy refuses a request, with the request field it concerns (e.g. <c>lines[1].sku</c>).</summary>
public sealed record ReturnRefusal(string Field, string Reason);
