using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Payments;

public sealed record PaymentCaptured(string OrderNumber, string Method, decimal Amount, string Currency, string ProviderReference) : DomainEvent;
