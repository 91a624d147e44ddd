using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Ordering;
using CommerceOps.Domain.Payments;
using CommerceOps.Domain.Privacy;
using CommerceOps.Infrastructure.Inventory;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.AfterSales;

/// <summary>
/// Return requests from submission to refund, each step one transaction: policy check (every refusal with its
/// reason), automatic rules with their audit, refunds through the provider to the original method, stock back into
/// the ledger when the goods arrive, and the order's refund states.
/// </summary>
public sealed class ReturnService(
    CommerceDbContext db, UnitOfWork unitOfWork, StockLedger stock, IRefundProvider refunds, IAlertInbox alerts,
    ReturnRuleStore ruleStore, CustomerHistoryQuery history, ReturnPolicy policy, ReturnSla sla, SensitiveConsent sensitiveConsent, TimeProvider time)
{
    public const string RuleDecider = "rule:";

    public Task<ReturnRequest> CreateAsync(ReturnCommand command, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var now = time.GetUtcNow();
            var order = await db.Orders.Include(o => o.Lines).Include(o => o.History).AsSplitQuery()
                .SingleOrDefaultAsync(o => o.Number == command.OrderNumber, ct)
                ?? throw new NotFoundException($"Order '{command.OrderNumber}' does not exist.", "orderNumber");
            var returned = await ReturnedUnitsAsync(order.Id, ct);

            var refusals = new List<ReturnRefusal>();
            var items = new List<ReturnItem>();
            for (var i = 0; i < command.Lines.Count; i++)
            {
                var wanted = command.Lines[i];
                var line = order.Lines.FirstOrDefault(l => l.SkuCode == wanted.Sku);
                if (line is null) refusals.Add(new($"lines[{i}].sku", $"{wanted.Sku} is not in order {order.Number}."));
                else if (items.Any(x => x.Line.Id == line.Id)) refusals.Add(new($"lines[{i}].sku", $"{wanted.Sku} is named twice."));
                else items.Add(new(line, wanted.Quantity, returned.GetValueOrDefault(line.Id)));
            }
            refusals.AddRange(ReturnPolicyCheck.Check(policy, order, command.Reason, command.Condition, items, now));
            if (refusals.Count > 0)
                throw new RuleViolationsException("The return policy refuses this request.",
                    refusals.GroupBy(r => r.Field).ToDictionary(g => g.Key, g => g.Select(r => r.Reason).ToArray()));

            var evidence = await LoadEvidenceAsync(command.EvidenceTokens, ct);
            await CheckHealthProofsAsync(evidence, order.CustomerCode, ct);
            var lines = items.Select(x => new ReturnLine(x.Line.Id, x.Line.SkuId, x.Line.SkuCode, x.Line.ProductTitle, x.Line.CategoryCode,
                x.Line.WarehouseId, x.Quantity, RefundAllocation.ForUnits(x.Line, x.AlreadyReturned, x.Quantity))).ToList();
            var context = new ReturnRuleContext(command.Reason, [.. lines.Select(l => l.CategoryCode).Distinct()], evidence.Count,
                lines.Sum(l => l.RefundAmount), await history.ForAsync(order.CustomerCode, now, ct));
            var outcome = ruleStore.Load().Evaluate(context);

            var request = ReturnRequest.Open(ReturnNumbers.NextReturn(now), order, command.Reason, command.Condition, command.Description,
                lines, evidence, command.RefundAccount, outcome, sla, now);
            db.ReturnRequests.Add(request);
            order.RequestRefund($"return {request.Number}: {command.Reason.ToWire()}", now);
            if (outcome.Action is ReturnRuleAction.RefundNow or ReturnRuleAction.RefundWithoutReturn)
                await RefundAsync(request, order, RuleDecider + outcome.RuleId, returned, now, ct);
            return request;
        }, ct);

    /// <summary>An agent approves: refund now (the goods may follow), or wait for the goods and refund on receipt.</summary>
    public Task<ReturnRequest> ApproveAsync(string number, string agent, bool refundNow, string? note, CancellationToken ct) =>
        Modify(number, async (request, order, now) =>
        {
            if (refundNow)
            {
                if (request.Status != ReturnStatus.Open) throw new InvalidStateException($"Return {number} is {request.Status.ToWire()}, not open.");
                await RefundAsync(request, order, agent, await ReturnedUnitsAsync(order.Id, ct, request.Id), now, ct);
            }
            else
            {
                request.ApproveReturn(agent, note, now);
            }
            await alerts.ResolveAsync(ReturnSlaMonitor.Source, number, ct);
        }, ct);

    public Task<ReturnRequest> RejectAsync(string number, string agent, string reason, CancellationToken ct) =>
        Modify(number, async (request, order, now) =>
        {
            request.Reject(reason, agent, now);
            order.RejectRefund($"return {number} rejected: {reason}", now);
            await alerts.ResolveAsync(ReturnSlaMonitor.Source, number, ct);
        }, ct);

    /// <summary>
    /// The goods are back. Intact goods go back into stock (a ledger movement) and an approved return is refunded;
    /// goods that are not intact stay out of stock, and a return still waiting for them is rejected with that reason.
    /// </summary>
    public Task<ReturnRequest> ReceiveAsync(string number, bool intact, string? note, string receiver, CancellationToken ct) =>
        Modify(number, async (request, order, now) =>
        {
            request.ReceiveGoods(now);
            if (!intact)
            {
                if (request.Status is ReturnStatus.AwaitingGoods or ReturnStatus.Open)
                {
                    request.Reject($"The goods came back not intact: {note?.Trim() ?? "see inspection"}", receiver, now);
                    order.RejectRefund($"return {number}: goods not intact", now);
                }
                return;
            }
            foreach (var line in request.Lines.Where(l => l.WarehouseId is not null))
            {
                var item = await db.StockItems.SingleOrDefaultAsync(s => s.SkuId == line.SkuId && s.WarehouseId == line.WarehouseId, ct)
                    ?? await stock.GetOrCreateAsync(line.SkuId, line.SkuCode, await db.Warehouses.SingleAsync(w => w.Id == line.WarehouseId, ct), ct);
                item.ReceiveReturn(line.Quantity, request.Number, now);
                stock.AddNewMovements(item);
            }
            if (request.Status is ReturnStatus.AwaitingGoods or ReturnStatus.Open)
                await RefundAsync(request, order, receiver, await ReturnedUnitsAsync(order.Id, ct, request.Id), now, ct);
        }, ct);

    /// <summary>Pays the refund to the original method and moves the order to refunded (all units back) or completed (part).</summary>
    private async Task RefundAsync(ReturnRequest request, Order order, string decidedBy, Dictionary<long, int> returnedBefore, DateTimeOffset now, CancellationToken ct)
    {
        string? original = null;
        if (request.RefundMethod == RefundMethod.OriginalPayment)
            original = await db.Payments.Where(p => p.OrderId == order.Id && p.Status == PaymentStatus.Succeeded)
                .OrderBy(p => p.Id).Select(p => p.ProviderReference).FirstOrDefaultAsync(ct)
                ?? throw new InvalidStateException($"Order {order.Number} has no captured payment to refund; an agent must refund it by hand.");
        var result = await refunds.RefundAsync(new RefundInstruction(order.Number, request.Number, request.RefundAmount, request.Currency,
            original, request.RefundAccount is { } a ? $"{a.Kind}:{a.Number}" : null), ct);
        if (!result.Succeeded) throw new InvalidStateException($"The refund was refused by the provider: {result.FailureReason}");
        request.MarkRefunded(result.ProviderReference, decidedBy, now);

        var allBack = order.Lines.All(l => returnedBefore.GetValueOrDefault(l.Id) + request.Lines.Where(r => r.OrderLineId == l.Id).Sum(r => r.Quantity) >= l.Quantity);
        if (allBack) order.MarkRefunded(now);
        else order.SettlePartialRefund($"return {request.Number}: partly refunded", now);
    }

    /// <summary>Units per order line that earlier requests (not rejected) already take back; <paramref name="except"/> leaves one request out.</summary>
    private async Task<Dictionary<long, int>> ReturnedUnitsAsync(long orderId, CancellationToken ct, long except = 0) =>
        await db.ReturnLines
            .Where(l => db.ReturnRequests.Any(r => r.Id == l.ReturnRequestId && r.OrderId == orderId && r.Id != except && r.Status != ReturnStatus.Rejected))
            .GroupBy(l => l.OrderLineId)
            .Select(g => new { g.Key, Units = g.Sum(l => l.Quantity) })
            .ToDictionaryAsync(x => x.Key, x => x.Units, ct);

    /// <summary>
    /// A health-related proof is used only for the customer it belongs to and only while their separate consent lasts:
    /// a withdrawal after the upload stops it from being attached (PI-SENS-005, PI-WITHDRAW-003).
    /// </summary>
    private async Task CheckHealthProofsAsync(List<ReturnEvidence> evidence, string? customerCode, CancellationToken ct)
    {
        foreach (var proof in evidence)
        {
            if (proof.HealthProofOf is not { } owner) continue;
            if (owner != customerCode)
                throw new DomainException($"{PrivacyRuleIds.Sensitive}: evidence {proof.Token} is another customer's health-related proof.", "evidence");
            await sensitiveConsent.RequireAsync(owner, PrivacyPurposes.HealthProof, "evidence", ct);
        }
    }

    private async Task<List<ReturnEvidence>> LoadEvidenceAsync(IReadOnlyList<string> tokens, CancellationToken ct)
    {
        if (tokens.Count == 0) return [];
        var distinct = tokens.Distinct().ToList();
        var found = await db.ReturnEvidence.Where(e => distinct.Contains(e.Token)).ToListAsync(ct);
        if (distinct.FirstOrDefault(t => found.All(e => e.Token != t)) is { } missing)
            throw new NotFoundException($"Evidence {missing} was not uploaded.", "evidence");
        return found;
    }

    private Task<ReturnRequest> Modify(string number, Func<ReturnRequest, Order, DateTimeOffset, Task> change, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var request = await db.ReturnRequests.Include(r => r.Lines).Include(r => r.Evidence).AsSplitQuery()
                .SingleOrDefaultAsync(r => r.Number == number, ct)
                ?? throw new NotFoundException($"Return '{number}' does not exist.");
            var order = await db.Orders.Include(o => o.Lines).Include(o => o.History).AsSplitQuery().SingleAsync(o => o.Id == request.OrderId, ct);
            await change(request, order, time.GetUtcNow());
            return request;
        }, ct);
}
