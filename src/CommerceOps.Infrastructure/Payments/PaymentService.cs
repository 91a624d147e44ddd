using CommerceOps.Domain.Common;
using CommerceOps.Domain.Ordering;
using CommerceOps.Domain.Payments;
using CommerceOps.Domain.Privacy;
using CommerceOps.Infrastructure.Ordering;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Payments;

/// <summary>Charges a quick-pay order through the provider; a retry with the same Idempotency-Key charges nothing twice.</summary>
public sealed class PaymentService(CommerceDbContext db, UnitOfWork unitOfWork, IdempotencyStore idempotency, IPaymentProvider provider, TimeProvider time)
{
    public const string IdempotencyScope = "orders.pay";

    // Every payment loads its order: compiled, it skips EF's per-call query-cache lookup.
    private static readonly CompiledPerProvider<Func<CommerceDbContext, string, CancellationToken, Task<Order?>>> OrderByNumber = new(() =>
        EF.CompileAsyncQuery((CommerceDbContext db, string number, CancellationToken ct) =>
            db.Orders.Include(o => o.Lines).Include(o => o.History).AsSingleQuery().SingleOrDefault(o => o.Number == number)));

    /// <returns>The payment and the order after it, with lines and history for the caller's answer.</returns>
    /// <param name="biometric">
    /// The device confirmed with fingerprint or face: allowed only while the customer's separate consent to biometric
    /// payment is active (PI-SENS-005); otherwise the payer is told to use the password alternative.
    /// </param>
    public Task<(Payment Payment, Order Order)> PayAsync(string orderNumber, string token, string? idempotencyKey, CancellationToken ct, bool biometric = false) =>
        unitOfWork.RunAsync(async ct =>
        {
            var hash = IdempotencyStore.Hash(new { orderNumber, token });
            if (idempotencyKey is not null && await idempotency.FindAsync(IdempotencyScope, idempotencyKey, hash, ct) is { } paymentId)
                return (await db.Payments.SingleAsync(p => p.Id == paymentId, ct), await LoadOrderAsync(orderNumber, ct));

            var order = await LoadOrderAsync(orderNumber, ct);
            if (order.PaymentMethod != PaymentMethod.QuickPay)
                throw new InvalidStateException("This order is paid on delivery.");
            if (order.Status != OrderStatus.Placed)
                throw new InvalidStateException($"An order that is {order.Status.ToWire()} cannot be paid.");

            if (biometric && !await HasBiometricConsentAsync(order, ct))
                throw new DomainException($"{PrivacyRuleIds.Sensitive}: the customer has not separately consented to biometric payment (or withdrew it); "
                    + "confirm with the payment password instead, or ask for the separate consent first.", "verification");

            var now = time.GetUtcNow();
            var result = await provider.ChargeAsync(new PaymentRequest(order.Number, order.Total, order.Currency, token), ct);
            var payment = Payment.Record(order, result, now);
            db.Payments.Add(payment);
            if (result.Succeeded) order.MarkPaid(now);
            await db.SaveChangesAsync(ct);
            if (idempotencyKey is not null) idempotency.Remember(IdempotencyScope, idempotencyKey, hash, payment.Id);
            return (payment, order);
        }, ct);

    private Task<bool> HasBiometricConsentAsync(Order order, CancellationToken ct) =>
        db.Customers.Where(c => c.Id == order.CustomerId).SelectMany(c => c.Consents)
            .AnyAsync(x => x.Purpose == PrivacyPurposes.BiometricPayment && x.WithdrawnAt == null && x.Separate, ct);

    private async Task<Order> LoadOrderAsync(string number, CancellationToken ct) =>
        await OrderByNumber.For(db)(db, number, ct)
        ?? throw new NotFoundException($"Order '{number}' does not exist.");
}
