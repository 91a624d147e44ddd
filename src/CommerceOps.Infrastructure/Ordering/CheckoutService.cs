using CommerceOps.Domain.Common;
using CommerceOps.Domain.Compliance;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Inventory;
using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Compliance;
using CommerceOps.Infrastructure.Inventory;
using CommerceOps.Infrastructure.Logistics;
using CommerceOps.Infrastructure.Marketing;
using CommerceOps.Infrastructure.Marketing.Coupons;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Ordering;

/// <summary>
/// Turns a buy-now request or a cart into an order: prices from the catalog, the active promotions applied and
/// their discounts allocated to the lines, stock reserved per line (gifts included), promotion budgets and per-user
/// limits counted, personal coupon codes used up, cash on delivery confirmed at once — all in one transaction, so a refused line leaves nothing behind.
/// </summary>
public sealed class CheckoutService(
    CommerceDbContext db, UnitOfWork unitOfWork, StockLedger stock, IdempotencyStore idempotency, CartPricer pricer,
    PromotionRedemptions redemptions, CouponRedemption coupons, FulfilmentPlanner fulfilment, ReturnPolicyStore returnPolicies,
    WarehouseDirectory warehouseDirectory, TimeProvider time)
{
    public const string IdempotencyScope = "orders.create";

    // The quote's reads on PostgreSQL — the buyer, the SKUs, what the buyer and each active promotion have used — in
    // one statement: each round trip cost about a tenth of a paid order (docs/benchmarks.md). SQLite cannot run it (it
    // has no LATERAL join), and in process a statement costs no round trip: there they are read one by one. Compiled,
    // the reads skip EF's per-call query-cache lookup.
    private static readonly CompiledPerProvider<Func<CommerceDbContext, string, List<string>, List<long>, IAsyncEnumerable<QuoteRow>>> QuoteRead = new(() =>
        EF.CompileAsyncQuery((CommerceDbContext db, string customerCode, List<string> codes, List<long> promotionIds) =>
            db.Customers.AsNoTracking().Where(c => c.Code == customerCode).Select(c => new QuoteRow(
                c,
                (from s in db.Skus
                 join p in db.Products on s.ProductId equals p.Id
                 join k in db.Categories on p.CategoryId equals k.Id
                 from b in db.Brands.Where(b => b.Id == p.BrandId).DefaultIfEmpty()
                 where codes.Contains(s.Code)
                 select new QuotedSku(s.Id, s.Code, s.Price, s.IsCrossBorder, p.Title, p.IsPublished, k.Code, b == null ? null : b.Name)).ToList(),
                db.PromotionCounters.Where(x => promotionIds.Contains(x.PromotionId)).Select(x => new PromotionSpending(x.PromotionId, x.SpentFen)).ToList(),
                db.PromotionCustomerUses.Where(u => u.CustomerId == c.Id && promotionIds.Contains(u.PromotionId))
                    .Select(u => new PromotionUses(u.PromotionId, u.Uses)).ToList()))));

    private sealed record QuoteRow(Customer Customer, List<QuotedSku> Skus, List<PromotionSpending> Spending, List<PromotionUses> Uses);

    private static readonly CompiledPerProvider<Func<CommerceDbContext, string, CancellationToken, Task<Customer?>>> CustomerByCode = new(() =>
        EF.CompileAsyncQuery((CommerceDbContext db, string code, CancellationToken ct) => db.Customers.AsNoTracking().SingleOrDefault(c => c.Code == code)));

    private static readonly CompiledPerProvider<Func<CommerceDbContext, List<string>, IAsyncEnumerable<QuotedSku>>> SkusByCode = new(() =>
        EF.CompileAsyncQuery((CommerceDbContext db, List<string> codes) =>
            from s in db.Skus.AsNoTracking()
            join p in db.Products on s.ProductId equals p.Id
            join c in db.Categories on p.CategoryId equals c.Id
            from b in db.Brands.Where(b => b.Id == p.BrandId).DefaultIfEmpty()
            where codes.Contains(s.Code)
            select new QuotedSku(s.Id, s.Code, s.Price, s.IsCrossBorder, p.Title, p.IsPublished, c.Code, b == null ? null : b.Name)));

    private sealed record QuotedSku(long Id, string Code, decimal Price, bool IsCrossBorder, string Title, bool IsPublished, string CategoryCode, string? Brand);

    /// <summary>How long a quick-pay order waits for payment before its stock is released.</summary>
    public static readonly TimeSpan PaymentWindow = TimeSpan.FromMinutes(30);

    /// <returns>The order and whether it was created now (false: an idempotent retry).</returns>
    /// <remarks>
    /// The reads (buyer, catalog, warehouses, promotion pricing) happen before the unit of work: on SQLite the unit of
    /// work holds the single-writer gate, so only the writes that must be atomic (stock, order, redemptions) queue.
    /// Stock and promotion budgets are checked again inside by their atomic updates, so a quote that went stale
    /// in between cannot oversell or overspend.
    /// <para>A key is not looked up first: almost every request carries a new one, and the lookup was a round trip on each.
    /// A retry instead does the work again and fails — at the latest when the key's primary key refuses its record,
    /// which rolls its transaction (stock, order) back whole — and only then is the key looked up and the first order
    /// answered. Any refusal is looked up that way, since a retry can fail earlier (its SKU sold out since the first
    /// request, or a different request under the same key).</para>
    /// </remarks>
    public async Task<(Order Order, bool Created)> PlaceAsync(PlaceOrderCommand command, string? idempotencyKey, CancellationToken ct)
    {
        if (idempotencyKey is not null) IdempotencyStore.EnsureValid(idempotencyKey);
        var hash = IdempotencyStore.Hash(command);
        try
        {
            var quote = await QuoteAsync(command, ct);
            return await unitOfWork.RunAsync(async ct =>
            {
                var order = await CreateAsync(command, quote, ct);
                if (idempotencyKey is not null) await idempotency.RememberAsync(IdempotencyScope, idempotencyKey, hash, order.Id, ct);
                return (order, true);
            }, ct);
        }
        catch (Exception e) when (idempotencyKey is not null && (e is DomainException || (e is DbUpdateException u && UniqueViolation.Is(u))))
        {
            db.ChangeTracker.Clear();
            if (await idempotency.FindAsync(IdempotencyScope, idempotencyKey, hash, ct) is { } firstId) return (await LoadAsync(firstId, ct), false);
            throw;
        }
    }

    /// <summary>What the order will be, read without locks: the buyer, each line at today's price and the promotions priced.</summary>
    private sealed record CheckoutQuote(
        Customer Customer, List<OrderLineDraft> Lines, IReadOnlyList<Warehouse> Warehouses, Dictionary<string, bool> CrossBorder,
        PromotionSet Promotions, PricedCart? Priced);

    private async Task<CheckoutQuote> QuoteAsync(PlaceOrderCommand command, CancellationToken ct)
    {
        var codes = command.Lines.Select(l => l.Sku).Distinct().ToList();
        if (codes.Count != command.Lines.Count) throw new DomainException("Each SKU may appear on one line only.", "lines");
        var set = await pricer.ActiveSetAsync(ct);
        var (customer, quoted, usage) = await ReadAsync(command.CustomerCode, codes, set, ct)
            ?? throw new NotFoundException($"Customer '{command.CustomerCode}' does not exist.", "customerCode");

        var skus = quoted.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var drafts = new List<OrderLineDraft>(command.Lines.Count);
        for (var i = 0; i < command.Lines.Count; i++)
        {
            var line = command.Lines[i];
            if (!skus.TryGetValue(line.Sku, out var found) || !found.IsPublished)
                throw new NotFoundException($"SKU '{line.Sku}' does not exist or is not for sale.", $"lines[{i}].sku");
            drafts.Add(new OrderLineDraft(found.Id, found.Code, found.Title, found.CategoryCode, line.Quantity, found.Price, WarehouseId: null));
        }
        await ConfirmReturnExclusionsAsync(command, drafts, ct);
        var warehouses = await warehouseDirectory.GetAsync(db, ct);
        var crossBorder = skus.Values.ToDictionary(s => s.Code, s => s.IsCrossBorder);

        if (set.Count == 0) return new CheckoutQuote(customer, drafts, warehouses, crossBorder, set, null);
        var lines = drafts.Select(d => new PricingLine(d.SkuCode, d.CategoryCode, skus[d.SkuCode].Brand, d.Quantity, d.UnitPrice)).ToList();
        var request = await pricer.RequestAsync(customer, command.Channel, lines, command.CouponCodes, set, ct, usage);
        var priced = PromotionEngine.Price(request, set);
        for (var i = 0; i < drafts.Count; i++) drafts[i] = drafts[i] with { Discount = priced.Lines[i].Discount };
        return new CheckoutQuote(customer, drafts, warehouses, crossBorder, set, priced);
    }

    /// <summary>The buyer and the SKUs, and on PostgreSQL the promotions' usage (null: the pricer reads it); null if there is no such buyer.</summary>
    private async Task<(Customer Customer, List<QuotedSku> Skus, PromotionUsage? Usage)?> ReadAsync(
        string customerCode, List<string> codes, PromotionSet set, CancellationToken ct)
    {
        if (db.IsSqlite)
        {
            if (await CustomerByCode.For(db)(db, customerCode, ct) is not { } customer) return null;
            var skus = new List<QuotedSku>(codes.Count);
            await foreach (var sku in SkusByCode.For(db)(db, codes).WithCancellation(ct)) skus.Add(sku);
            return (customer, skus, null);
        }
        await foreach (var row in QuoteRead.For(db)(db, customerCode, codes, set.Definitions.Select(d => d.Id).ToList()).WithCancellation(ct))
            return (row.Customer, row.Skus, CartPricer.UsageOf(row.Spending, row.Uses));
        return null;
    }

    /// <summary>
    /// RET-7D-004: a line excluded from no-reason returns needs the buyer's explicit confirmation in the request
    /// (<see cref="PlaceOrderCommand.ReturnPolicyConfirmations"/>); the confirmation, with the policy version and text
    /// shown, goes onto the line. The policies come from memory (<see cref="ReturnPolicyCache"/>), not a read per order.
    /// </summary>
    private async Task ConfirmReturnExclusionsAsync(PlaceOrderCommand command, List<OrderLineDraft> drafts, CancellationToken ct)
    {
        var lookup = await returnPolicies.CurrentAsync(ct);
        var confirmed = command.ReturnPolicyConfirmations ?? [];
        var missing = new Dictionary<string, string[]>();
        var now = time.GetUtcNow();
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            var policy = lookup.Book.For(d.SkuCode, d.CategoryCode);
            if (policy.Exclusion is not { } exclusion) continue;
            var text = ReturnPolicyText.Describe(policy);
            if (!confirmed.Contains(d.SkuCode, StringComparer.Ordinal))
            {
                missing[$"lines[{i}].sku"] = [$"{ReturnRuleIds.NoReasonReturn}: {d.SkuCode} is excluded from 7-day no-reason returns ({exclusion}); "
                    + $"the buyer must confirm it: add \"{d.SkuCode}\" to returnPolicyConfirmations after showing \"{text}\"."];
                continue;
            }
            drafts[i] = d with { ReturnConfirmation = new ReturnPolicyConfirmation(exclusion, lookup.VersionFor(d.SkuCode, d.CategoryCode), text, now) };
        }
        if (missing.Count > 0)
            throw new RuleViolationsException($"{ReturnRuleIds.NoReasonReturn}: some lines are excluded from no-reason returns and were not confirmed by the buyer.", missing);
    }

    private async Task<Order> CreateAsync(PlaceOrderCommand command, CheckoutQuote quote, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var drafts = new List<OrderLineDraft>(quote.Lines.Count);
        var reservations = new List<(long SkuId, long WarehouseId, int Quantity)>();
        foreach (var line in quote.Lines)
        {
            var warehouseId = await ReserveAsync(line.SkuId, line.SkuCode, quote.CrossBorder[line.SkuCode], line.Quantity, quote.Warehouses, command.Address.Province, ct);
            reservations.Add((line.SkuId, warehouseId, line.Quantity));
            drafts.Add(line with { WarehouseId = warehouseId });
        }

        var promotions = new List<OrderPromotion>();
        var redeemed = new List<AppliedPromotion>();
        if (quote.Priced is { } priced)
        {
            var giftValues = await AddGiftsAsync(priced.Gifts, drafts, reservations, quote.Warehouses, command.Address.Province, ct);
            foreach (var applied in priced.Applied)
            {
                if (priced.Gifts.Any(g => g.PromotionId == applied.Id) && !giftValues.ContainsKey(applied.Id)) continue; // gift out of stock
                redeemed.Add(applied);
                promotions.Add(new OrderPromotion(applied.Id, applied.Code, applied.Name, applied.Type, applied.Amount + giftValues.GetValueOrDefault(applied.Id)));
            }
        }

        var order = Order.Place(OrderNumbers.Next(now), quote.Customer, command.Channel, command.PaymentMethod, command.Address,
            command.Remarks, drafts, now, PaymentWindow, promotions);
        order.SetPromise(fulfilment.Promise(now, reservations.Select(r => r.WarehouseId), quote.Warehouses, command.Address));
        if (order.PaymentMethod == PaymentMethod.CashOnDelivery) order.ConfirmCashOnDelivery(now);
        using (var writer = OrderBulkWriter.ForUnitOfWork(db)) await writer.WriteAsync(order, ct);
        foreach (var (skuId, warehouseId, quantity) in reservations)
            await db.AddToUnitOfWorkAsync(new StockReservation(order.Id, skuId, warehouseId, quantity, now), ct);
        if (redeemed.Count > 0)
        {
            await redemptions.RedeemAsync(redeemed, quote.Customer.Id, quote.Promotions, ct);
            await coupons.RedeemAsync(command.CouponCodes, redeemed, quote.Customer.Id, order.Id, now, ct);
        }
        return order;
    }

    /// <summary>
    /// Adds each earned gift as a line fully discounted by its promotion, while stocks last: a gift that cannot be
    /// reserved is left out rather than refusing the order. Returns the value given per promotion.
    /// </summary>
    private async Task<Dictionary<long, decimal>> AddGiftsAsync(
        IReadOnlyList<GrantedGift> gifts, List<OrderLineDraft> drafts, List<(long SkuId, long WarehouseId, int Quantity)> reservations,
        IReadOnlyList<Warehouse> warehouses, string province, CancellationToken ct)
    {
        var values = new Dictionary<long, decimal>();
        if (gifts.Count == 0) return values;
        var codes = gifts.Select(g => g.Sku).Distinct().ToList();
        var skus = await (from s in db.Skus
                          join p in db.Products on s.ProductId equals p.Id
                          join c in db.Categories on p.CategoryId equals c.Id
                          where codes.Contains(s.Code)
                          select new { Sku = s, p.Title, CategoryCode = c.Code }).ToDictionaryAsync(x => x.Sku.Code, ct);
        foreach (var gift in gifts)
        {
            if (!skus.TryGetValue(gift.Sku, out var found)) continue;
            long warehouseId;
            try
            {
                warehouseId = await ReserveAsync(found.Sku.Id, found.Sku.Code, found.Sku.IsCrossBorder, gift.Quantity, warehouses, province, ct);
            }
            catch (InsufficientStockException)
            {
                continue;
            }
            reservations.Add((found.Sku.Id, warehouseId, gift.Quantity));
            var value = Money.Round(found.Sku.Price * gift.Quantity);
            drafts.Add(new OrderLineDraft(found.Sku.Id, found.Sku.Code, found.Title, found.CategoryCode, gift.Quantity, found.Sku.Price, warehouseId, value));
            values[gift.PromotionId] = values.GetValueOrDefault(gift.PromotionId) + value;
        }
        return values;
    }

    /// <summary>
    /// Where a line's stock comes from: the first warehouse of the routing rule set's order (by default own
    /// warehouses nearest first, then suppliers' cloud warehouses; cross-border SKUs from the bonded warehouse) that has it.
    /// </summary>
    private async Task<long> ReserveAsync(long skuId, string skuCode, bool crossBorder, int quantity, IReadOnlyList<Warehouse> warehouses, string province, CancellationToken ct)
    {
        var route = fulfilment.Route(warehouses, crossBorder, province);
        if (await stock.TryReserveFirstAsync(skuId, route.Select(w => w.Id).ToList(), quantity, ct) is { } held) return held;
        foreach (var warehouse in route)
            if (await stock.TryReserveAsync(skuId, warehouse.Id, quantity, ct))
                return warehouse.Id;
        var available = await db.StockItems.Where(s => s.SkuId == skuId).SumAsync(s => (int?)(s.OnHand - s.Reserved), ct) ?? 0;
        throw new InsufficientStockException(skuCode, Math.Max(0, available), quantity);
    }

    public Task<Order> LoadAsync(long orderId, CancellationToken ct) =>
        db.Orders.Include(o => o.Lines).Include(o => o.History).AsSplitQuery().SingleAsync(o => o.Id == orderId, ct);
}
