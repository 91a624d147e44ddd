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
    /// <remarks>
    /// The reads (a retried key, the order, the consent) happen before the unit of work, as in the checkout: on SQLite
    /// the unit of work holds the single-writer gate, and these reads were half of the time a payment held it. Inside,
    /// before the provider is asked to charge, the order's version is read again — with a row lock on PostgreSQL, under
    /// the gate on SQLite — so an order paid or cancelled in between is never charged.
    /// </remarks>
    public async Task<(Payment Payment, Order Order)> PayAsync(string orderNumber, string token, string? idempotencyKey, CancellationToken ct, bool biometric = false)
    {
        var hash = IdempotencyStore.Hash(new { orderNumber, token });
        if (idempotencyKey is not null && await FirstPaymentAsync(orderNumber, idempotencyKey, hash, ct) is { } first) return first;

        var order = await LoadOrderAsync(orderNumber, ct);
        // Paid since the key was looked up: by a concurrent request with this key, whose answer this one gets.
        if (order.Status != OrderStatus.Placed && idempotencyKey is not null && await FirstPaymentAsync(orderNumber, idempotencyKey, hash, ct) is { } concurrent)
            return concurrent;
        EnsurePayable(order);
        if (biometric && !await HasBiometricConsentAsync(order, ct))
            throw new DomainException($"{PrivacyRuleIds.Sensitive}: the customer has not separately consented to biometric payment (or withdrew it); "
                + "confirm with the payment password instead, or ask for the separate consent first.", "verification");
        try
        {
            return await unitOfWork.RunAsync(async ct =>
            {
                if (await LockedVersionAsync(order.Id, ct) != order.Version) throw new OrderChangedException();
                var now = time.GetUtcNow();
                var result = await provider.ChargeAsync(new PaymentRequest(order.Number, order.Total, order.Currency, token), ct);
                var payment = Payment.Record(order, result, now);
                var storedVersion = order.Version;
                if (result.Succeeded) order.MarkPaid(now);
                await WriteAsync(payment, order, storedVersion, ct);
                if (idempotencyKey is not null) await idempotency.RememberAsync(IdempotencyScope, idempotencyKey, hash, payment.Id, ct);
                return (payment, order);
            }, ct);
        }
        catch (Exception e) when (e is OrderChangedException || (idempotencyKey is not null && e is DbUpdateException u && UniqueViolation.Is(u)))
        {
            // A concurrent request paid (or the timeout sweep cancelled or staff changed) the order after it was read —
            // found before charging — or committed this key first. Nothing of this attempt was written: answer as that
            // request did, or as the order now stands.
            db.ChangeTracker.Clear();
            if (idempotencyKey is not null && await FirstPaymentAsync(orderNumber, idempotencyKey, hash, ct) is { } winner) return winner;
            EnsurePayable(await LoadOrderAsync(orderNumber, ct));
            throw new InvalidStateException("The order was changed while it was being paid; nothing was charged. Try again.");
        }
    }

    /// <summary>
    /// Writes the payment and the order's transition. On SQLite with prepared statements: this runs under the
    /// single-writer gate, where SaveChanges' per-row work held every other writer up (as for the checkout's order);
    /// the order, tracked since it was read, is then let go so the unit of work does not write it again.
    /// On PostgreSQL added to the unit of work with its id (the order is tracked since it was read), so the payment,
    /// the order's transition and the idempotency record go in the unit's one SaveChanges round trip.
    /// </summary>
    private async Task WriteAsync(Payment payment, Order order, int storedVersion, CancellationToken ct)
    {
        if (!db.IsSqlite)
        {
            await db.AddToUnitOfWorkAsync(payment, ct);
            return;
        }
        using var orders = new OrderBulkWriter(db);
        await orders.UpdateAsync(order, storedVersion, ct);
        await db.InsertNowAsync(payment, ct);
        await orders.WriteEventsAsync(payment, ct);
        payment.ClearDomainEvents();
        db.ChangeTracker.Clear();
    }

    private async Task<(Payment, Order)?> FirstPaymentAsync(string orderNumber, string idempotencyKey, string hash, CancellationToken ct) =>
        await idempotency.FindAsync(IdempotencyScope, idempotencyKey, hash, ct) is { } paymentId
            ? (await db.Payments.SingleAsync(p => p.Id == paymentId, ct), await LoadOrderAsync(orderNumber, ct))
            : null;

    private static void EnsurePayable(Order order)
    {
        if (order.PaymentMethod != PaymentMethod.QuickPay)
            throw new InvalidStateException("This order is paid on delivery.");
        if (order.Status != OrderStatus.Placed)
            throw new InvalidStateException($"An order that is {order.Status.ToWire()} cannot be paid.");
    }

    /// <summary>The order's stored version; on PostgreSQL the row stays locked until the unit of work ends.</summary>
    private async Task<int> LockedVersionAsync(long orderId, CancellationToken ct) =>
        (await (db.IsSqlite
            ? db.Database.SqlQuery<int>($"SELECT version FROM orders WHERE id = {orderId}")
            : db.Database.SqlQuery<int>($"SELECT version FROM orders WHERE id = {orderId} FOR UPDATE")).ToListAsync(ct)).Single();

    /// <summary>The order changed between the read before the unit of work and the charge inside it.</summary>
    private sealed class OrderChangedException() : Exception("The order changed while it was being paid.");

    private Task<bool> HasBiometricConsentAsync(Order order, CancellationToken ct) =>
        db.Customers.Where(c => c.Id == order.CustomerId).SelectMany(c => c.Consents)
            .AnyAsync(x => x.Purpose == PrivacyPurposes.BiometricPayment && x.WithdrawnAt == null && x.Separate, ct);

    private async Task<Order> LoadOrderAsync(string number, CancellationToken ct) =>
        await OrderByNumber.For(db)(db, number, ct)
        ?? throw new NotFoundException($"Order '{number}' does not exist.");
}
