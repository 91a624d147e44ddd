using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.AfterSales;

/// <summary>Money went back to the customer; projected into <c>fact_refunds</c>.</summary>
public sealed record RefundIssued(string ReturnNumber, string OrderNumber, decimal Amount, string Currency, string Method, string Reason, string RuleId) : DomainEvent;
