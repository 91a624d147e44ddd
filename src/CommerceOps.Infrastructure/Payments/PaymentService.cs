using CommerceOps.Domain.Common;
using CommerceOps.Domain.Ordering;
using CommerceOps.Domain.Payments;
using CommerceOps.Domain.Privacy;
using CommerceOps.Infrastructure.Ordering;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CommerceOps.Infrastructure.Payments;

/// <summary>Charges a quick-pay order through the provider; a retry with the same Idempotency-Key charges nothing twice.</summary>
public sealed class PaymentService(CommerceDbContext db, UnitOfWork unitOfWork, IdempotencyStore idempotency, IPaymentProvider provider, TimeProvider time)
{
    public const string IdempotencyScope = "orders.pay";

    // Every payment on SQLite loads its order before the gate: compiled, it skips EF's per-call query-cache lookup.
    private static readonly CompiledPerProvider<Func<CommerceDbContext, string, CancellationToken, Task<Order?>>> OrderByNumber = new(() =>
        EF.CompileAsyncQuery((CommerceDbContext db, string number, CancellationToken ct) =>
            db.Orders.Include(o => o.Lines).Include(o => o.History).AsSingleQuery().SingleOrDefault(o => o.Number == number)));

    /// <returns>The payment and the order after it, with lines and history for the caller's answer.</returns>
    /// <param name="biometric">
    /// The device confirmed with fingerprint or face: allowed only while the customer's separate consent to biometric
    /// payment is active (PI-SENS-005); otherwise the payer is told to use the password alternative.
    /// </param>
    /// <remarks>
    /// Before the provider is asked to charge, the order is claimed inside the unit of work (<see cref="ClaimAsync"/>):
    /// its state read again — with a row lock on PostgreSQL, under the gate on SQLite — together with whether the key
    /// was used. An order paid or cancelled in between is never charged, and a retry (of a declined payment too) gets
    /// the first answer and charges nothing. The key is not looked up before that: almost every request carries a new one.
    /// </remarks>
    public async Task<(Payment Payment, Order Order)> PayAsync(string orderNumber, string token, string? idempotencyKey, CancellationToken ct, bool biometric = false)
    {
        if (idempotencyKey is not null) IdempotencyStore.EnsureValid(idempotencyKey);
        var hash = IdempotencyStore.Hash(new { orderNumber, token });
        // SQLite: the order is read before the unit of work, whose gate every writer queues for (this read was half of
        // the time a payment held it); the claim inside only compares its version. PostgreSQL reads it in the claim.
        var read = db.IsSqlite ? await LoadOrderAsync(orderNumber, ct) : null;
        try
        {
            return await unitOfWork.RunAsync(async ct =>
            {
                // Gone, changed since it was read, its key used, or not payable (any more: perhaps paid by this key's
                // first request while this one waited for the row): answered below, outside the transaction.
                if (await ClaimAsync(orderNumber, read, idempotencyKey, ct) is not { Status: OrderStatus.Placed, PaymentMethod: PaymentMethod.QuickPay } order)
                    throw new OrderChangedException();
                if (biometric && !await HasBiometricConsentAsync(order, ct))
                    throw new DomainException($"{PrivacyRuleIds.Sensitive}: the customer has not separately consented to biometric payment (or withdrew it); "
                        + "confirm with the payment password instead, or ask for the separate consent first.", "verification");
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
            // This key was used first — found before charging — or committed first; or the order is gone, not payable,
            // or a concurrent request paid (or the timeout sweep cancelled or staff changed) it after it was read.
            // Nothing of this attempt was written: answer as the key's first request did, or as the order now stands.
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

    /// <summary>
    /// The order to charge, or null when it is gone, changed since <paramref name="read"/>, or the key was used already.
    /// PostgreSQL: one round trip reads the order with its lines and history, locks its row until the unit of work
    /// ends, and returns nothing if the key has a record. SQLite (under the write gate): one plain command compares
    /// the stored version with the one read before the gate and asks for the key's record, without EF's query-cache
    /// lookup and reader shaping.
    /// </summary>
    private async Task<Order?> ClaimAsync(string orderNumber, Order? read, string? idempotencyKey, CancellationToken ct)
    {
        if (read is null) // PostgreSQL: nothing was read before the unit of work
        {
            var locked = idempotencyKey is null
                ? db.Orders.FromSql($"SELECT * FROM orders WHERE number = {orderNumber} FOR UPDATE")
                : db.Orders.FromSql($"""
                    SELECT * FROM orders WHERE number = {orderNumber}
                    AND NOT EXISTS (SELECT 1 FROM idempotency_keys k WHERE k."scope" = {IdempotencyScope} AND k."key" = {idempotencyKey})
                    FOR UPDATE
                    """);
            return await locked.Include(o => o.Lines).Include(o => o.History).AsSingleQuery().SingleOrDefaultAsync(ct);
        }
        await using var command = SqliteStatementCache.CreateCommand(db.Database.GetDbConnection());
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = """
            SELECT o.version, EXISTS (SELECT 1 FROM idempotency_keys k WHERE k."scope" = @scope AND k."key" = @key)
            FROM orders o WHERE o.id = @id
            """;
        command.AddParameter("@id", read.Id);
        command.AddParameter("@scope", IdempotencyScope);
        command.AddParameter("@key", idempotencyKey ?? "");
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        var keyUsed = idempotencyKey is not null && reader.GetBoolean(1);
        return reader.GetInt32(0) == read.Version && !keyUsed ? read : null;
    }

    /// <summary>The claim inside the unit of work found no order to charge: gone, changed, not payable, or its key used. Answered outside it.</summary>
    private sealed class OrderChangedException() : Exception("The order changed while it was being paid.");

    private Task<bool> HasBiometricConsentAsync(Order order, CancellationToken ct) =>
        db.Customers.Where(c => c.Id == order.CustomerId).SelectMany(c => c.Consents)
            .AnyAsync(x => x.Purpose == PrivacyPurposes.BiometricPayment && x.WithdrawnAt == null && x.Separate, ct);

    private async Task<Order> LoadOrderAsync(string number, CancellationToken ct) =>
        await OrderByNumber.For(db)(db, number, ct)
        ?? throw new NotFoundException($"Order '{number}' does not exist.");
}
