using CommerceOps.Domain.Common;
using CommerceOps.Domain.Inventory;
using CommerceOps.Domain.Payments;
using CommerceOps.Domain.Purchasing;
using CommerceOps.Domain.Selection;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Infrastructure.Purchasing;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Selection;

/// <summary>
/// Pre-sale campaigns: created by operations, deposits paid by customers through the payment provider, and settled at
/// the deadline (<see cref="CloseDueAsync"/>, run by a background job) or when operations closes one early
/// (<see cref="CloseAsync"/>). Settling, the purchase order or the refunds, and closing happen in one unit of work, so
/// a crash leaves either nothing or all of it; closing again is a no-op, and a succeeded campaign whose SKU has no
/// supplier yet stays succeeded until a later close finds one.
/// </summary>
public sealed class PreSaleService(
    CommerceDbContext db, UnitOfWork uow, IdempotencyStore idempotency, IPaymentProvider payments, IRefundProvider refunds, TimeProvider time)
{
    public const string DepositIdempotencyScope = "presales.deposit";

    public Task<PreSaleCampaign> CreateAsync(string title, string skuCode, string? candidateCode, decimal depositAmount, int targetQuantity,
        DateTimeOffset deadline, CancellationToken ct) =>
        uow.RunAsync(async ct =>
        {
            var sku = await db.Skus.AsNoTracking().SingleOrDefaultAsync(s => s.Code == skuCode, ct)
                ?? throw new NotFoundException($"SKU '{skuCode}' does not exist.", "sku");
            long? candidateId = null;
            if (candidateCode is not null)
                candidateId = (await db.CandidateProducts.AsNoTracking().SingleOrDefaultAsync(c => c.Code == candidateCode, ct)
                    ?? throw new NotFoundException($"Candidate product '{candidateCode}' does not exist.", "candidate")).Id;
            var now = time.GetUtcNow();
            var campaign = new PreSaleCampaign(SelectionNumbers.Next("PS", now), title, sku.Id, sku.Code, candidateId, depositAmount, targetQuantity, deadline, now);
            db.PreSaleCampaigns.Add(campaign);
            return campaign;
        }, ct);

    /// <summary>
    /// Charges deposit × units with the device's payment token and records the deposit. A retry with the same
    /// <c>Idempotency-Key</c> charges nothing and returns the first deposit (Created false); the key with another
    /// request is refused.
    /// </summary>
    public Task<(PreSaleDeposit Deposit, bool Created)> DepositAsync(string campaignCode, string customerCode, int quantity, string token,
        string? idempotencyKey, CancellationToken ct) =>
        uow.RunAsync(async ct =>
        {
            var hash = IdempotencyStore.Hash(new { campaignCode, customerCode, quantity, token });
            var earlier = idempotencyKey is null ? null : await idempotency.FindAsync(DepositIdempotencyScope, idempotencyKey, hash, ct);
            var campaign = await FindAsync(campaignCode, ct);
            if (earlier is { } depositId) return (campaign.Deposits.Single(d => d.Id == depositId), false);

            var customer = await db.Customers.AsNoTracking().Where(c => c.Code == customerCode).Select(c => new { c.Id, c.Code }).SingleOrDefaultAsync(ct)
                ?? throw new NotFoundException($"Customer '{customerCode}' does not exist.", "customerCode");
            var now = time.GetUtcNow();
            campaign.CheckAcceptsDeposit(quantity, now);
            var number = SelectionNumbers.Next("DP", now);
            var charge = await payments.ChargeAsync(new PaymentRequest(number, campaign.AmountFor(quantity), Money.DefaultCurrency, token), ct);
            if (!charge.Succeeded) throw new DomainException($"The payment was declined: {charge.FailureReason}", "token");
            var deposit = campaign.PlaceDeposit(number, customer.Id, customer.Code, quantity, charge.ProviderReference, now);
            if (idempotencyKey is not null)
            {
                await db.SaveChangesAsync(ct); // the key remembers the deposit's id
                await idempotency.RememberAsync(DepositIdempotencyScope, idempotencyKey, hash, deposit.Id, ct);
            }
            return (deposit, true);
        }, ct);

    public Task<PreSaleCampaign> CloseAsync(string campaignCode, CancellationToken ct) =>
        uow.RunAsync(async ct => await SettleAndCloseAsync(await FindAsync(campaignCode, ct), ct), ct);

    /// <summary>Settles and closes every campaign whose deadline has passed; returns how many were looked at.</summary>
    public async Task<int> CloseDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = await db.PreSaleCampaigns.AsNoTracking()
            .Where(c => c.Status != PreSaleStatus.Closed && c.Deadline <= now)
            .Select(c => c.Code).ToListAsync(ct);
        foreach (var code in due) await CloseAsync(code, ct);
        return due.Count;
    }

    private async Task<PreSaleCampaign> SettleAndCloseAsync(PreSaleCampaign campaign, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        switch (campaign.Settle(now))
        {
            case PreSaleStatus.Succeeded when await RaisePurchaseOrderAsync(campaign, now, ct) is { } number:
                campaign.CloseWithPurchaseOrder(number, now);
                break;
            case PreSaleStatus.Failed:
                foreach (var deposit in campaign.DepositsToRefund.ToList())
                {
                    var refund = await refunds.RefundAsync(
                        new RefundInstruction(campaign.Code, deposit.Number, deposit.Amount, Money.DefaultCurrency, deposit.PaymentReference, null), ct);
                    if (refund.Succeeded) campaign.RecordRefund(deposit.Number, refund.ProviderReference, now);
                }
                if (!campaign.DepositsToRefund.Any()) campaign.CloseRefunded(now);
                break;
        }
        return campaign;
    }

    /// <summary>
    /// A draft purchase order for the deposited units (rounded up to the supplier's MOQ and pack size) to the SKU's
    /// supplier (the first one it was added to) for the own warehouse that holds it (or the first own warehouse);
    /// null when the SKU has no supplier yet.
    /// </summary>
    private async Task<string?> RaisePurchaseOrderAsync(PreSaleCampaign campaign, DateTimeOffset now, CancellationToken ct)
    {
        var item = await db.SupplierItems.AsNoTracking().OrderBy(i => i.SupplierId).FirstOrDefaultAsync(i => i.SkuId == campaign.SkuId, ct);
        if (item is null) return null;
        var supplier = await db.Suppliers.SingleAsync(s => s.Id == item.SupplierId, ct);
        var holding = await db.StockItems.AsNoTracking().Where(s => s.SkuId == campaign.SkuId).Select(s => s.WarehouseId).ToListAsync(ct);
        var warehouse = await db.Warehouses.AsNoTracking().Where(w => w.Kind == WarehouseKind.Own)
                .OrderBy(w => holding.Contains(w.Id) ? 0 : 1).ThenBy(w => w.Code).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("There is no own warehouse to receive the pre-sale's purchase order.", "warehouse");
        var order = new PurchaseOrder(PurchaseOrderNumbers.Next(now), supplier, warehouse.Id, warehouse.Code, now);
        order.AddLine(campaign.SkuId, campaign.SkuCode, item.Terms.Orderable(campaign.DepositedQuantity), item.UnitCost, item.Terms);
        db.PurchaseOrders.Add(order);
        return order.Number;
    }

    private async Task<PreSaleCampaign> FindAsync(string code, CancellationToken ct) =>
        await db.PreSaleCampaigns.Include(c => c.Deposits).SingleOrDefaultAsync(c => c.Code == code, ct)
            ?? throw new NotFoundException($"Pre-sale '{code}' does not exist.");
}
