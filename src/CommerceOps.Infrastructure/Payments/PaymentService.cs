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

    // Every payment loads its order: compiled, it skips EF's per-call query-cache lookup.
    private static readonly CompiledPerProvider<Func<CommerceDbContext, string, CancellationToken, Task<Order?>>> OrderByNumber = new(() =>
        EF.CompileAsyncQuery((CommerceDbContext db, string number, CancellationToken ct) =>
            db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.History).AsSingleQuery().SingleOrDefault(o => o.Number == number)));

    /// <returns>The payment and the order after it, with lines and history for the caller's answer.</returns>
    /// <param name="biometric">
    /// The device confirmed with fingerprint or face: allowed only while the customer's separate consent to biometric
    /// payment is active (PI-SENS-005); otherwise the payer is told to use the password alternative.
    /// </param>
    /// <remarks>
    /// The reads (the order, the consent) happen before the unit of work, as in the checkout: on SQLite the unit of
    /// work holds the single-writer gate, and these reads were half of the time a payment held it. Inside, before the
    /// provider is asked to charge, one statement claims the order — its version read again, with a row lock on
    /// PostgreSQL, under the gate on SQLite — and asks whether the key was used: an order paid or cancelled in
    /// between is never charged, and a retry (of a declined payment too) gets the first answer and charges nothing.
    /// The key is not looked up before that: almost every request carries a new one.
    /// </remarks>
    public async Task<(Payment Payment, Order Order)> PayAsync(string orderNumber, string token, string? idempotencyKey, CancellationToken ct, bool biometric = false)
    {
        if (idempotencyKey is not null) IdempotencyStore.EnsureValid(idempotencyKey);
        var hash = IdempotencyStore.Hash(new { orderNumber, token });
        var order = await LoadOrderAsync(orderNumber, ct);
        // Not payable any more: perhaps paid by this key's first request, whose answer a retry gets.
        if (order.Status != OrderStatus.Placed && idempotencyKey is not null && await FirstPaymentAsync(orderNumber, idempotencyKey, hash, ct) is { } first)
            return first;
        EnsurePayable(order);
        if (biometric && !await HasBiometricConsentAsync(order, ct))
            throw new DomainException($"{PrivacyRuleIds.Sensitive}: the customer has not separately consented to biometric payment (or withdrew it); "
                + "confirm with the payment password instead, or ask for the separate consent first.", "verification");
        try
        {
            return await unitOfWork.RunAsync(async ct =>
            {
                var claim = await ClaimAsync(order.Id, idempotencyKey, ct);
                if (claim.Version != order.Version || claim.KeyUsed) throw new OrderChangedException();
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
            // A concurrent request paid (or the timeout sweep cancelled or staff changed) the order after it was read,
            // or this key was used first — found before charging — or committed this key first. Nothing of this
            // attempt was written: answer as that request did, or as the order now stands.
            db.ChangeTracker.Clear();
            if (idempotencyKey is not null && await FirstPaymentAsync(orderNumber, idempotencyKey, hash, ct) is { } winner) return winner;
            EnsurePayable(await LoadOrderAsync(orderNumber, ct));
            throw new InvalidStateException("The order was changed while it was being paid; nothing was charged. Try again.");
        }
    }

    /// <summary>
    /// Writes the order's transition (the order was read untracked) and the payment without the change tracker, as the
    /// checkout writes its order: on SQLite at once, under the write gate; on PostgreSQL queued with the idempotency
    /// record for the unit of work's one round trip.
    /// </summary>
    private async Task WriteAsync(Payment payment, Order order, int storedVersion, CancellationToken ct)
    {
        using var orders = OrderBulkWriter.ForUnitOfWork(db);
        await orders.UpdateAsync(order, storedVersion, ct);
        await db.AddToUnitOfWorkAsync(payment, ct);
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
    /// The order's stored version and whether the key was used already, in one round trip; on PostgreSQL the order's
    /// row stays locked until the unit of work ends. A plain command, as the stock reservation: on SQLite it runs
    /// under the write gate, where EF's raw-SQL query path would add its query-cache lookup and reader shaping.
    /// </summary>
    private async Task<(int Version, bool KeyUsed)> ClaimAsync(long orderId, string? idempotencyKey, CancellationToken ct)
    {
        await using var command = SqliteStatementCache.CreateCommand(db.Database.GetDbConnection());
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"""
            SELECT o.version, EXISTS (SELECT 1 FROM idempotency_keys k WHERE k."scope" = @scope AND k."key" = @key)
            FROM orders o WHERE o.id = @id{(db.IsSqlite ? "" : " FOR UPDATE OF o")}
            """;
        command.AddParameter("@id", orderId);
        command.AddParameter("@scope", IdempotencyScope);
        command.AddParameter("@key", idempotencyKey ?? "");
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) throw new InvalidOperationException($"Order {orderId} is gone.");
        return (reader.GetInt32(0), idempotencyKey is not null && reader.GetBoolean(1));
    }

    /// <summary>The order changed, or this key was used, between the read before the unit of work and the charge inside it.</summary>
    private sealed class OrderChangedException() : Exception("The order changed while it was being paid.");

    private Task<bool> HasBiometricConsentAsync(Order order, CancellationToken ct) =>
        db.Customers.Where(c => c.Id == order.CustomerId).SelectMany(c => c.Consents)
            .AnyAsync(x => x.Purpose == PrivacyPurposes.BiometricPayment && x.WithdrawnAt == null && x.Separate, ct);

    private async Task<Order> LoadOrderAsync(string number, CancellationToken ct) =>
        await OrderByNumber.For(db)(db, number, ct)
        ?? throw new NotFoundException($"Order '{number}' does not exist.");
}
