using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Marketing;

/// <summary>
/// Counts an order's promotions against their budgets and per-user limits, inside the order's transaction.
/// Each counter moves in one conditional statement, so two checkouts racing for the last of a budget cannot
/// both win: the loser's statement changes no row, and its order is refused (and rolled back) with a reason.
/// </summary>
public sealed class PromotionRedemptions(CommerceDbContext db)
{
    public async Task RedeemAsync(IEnumerable<AppliedPromotion> promotions, long customerId, PromotionSet set, CancellationToken ct)
    {
        foreach (var applied in promotions)
        {
            var limits = set.Definitions.First(d => d.Id == applied.Id).Rules.Limits;
            if (limits is null) continue;
            var fen = (long)(applied.Amount * 100m);
            var id = applied.Id;
            var counted = await db.PromotionCounters
                .Where(c => c.PromotionId == id && c.SpentFen + fen <= c.BudgetFen)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.SpentFen, c => c.SpentFen + fen).SetProperty(c => c.Redemptions, c => c.Redemptions + 1), ct);
            if (counted == 0)
                throw new DomainException($"The budget of promotion {applied.Code} ran out while the order was placed; price the cart again.", "promotions");

            var limit = limits.PerUserLimit;
            var used = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO promotion_customer_uses (promotion_id, customer_id, uses) VALUES ({id}, {customerId}, 1)
                ON CONFLICT (promotion_id, customer_id) DO UPDATE SET uses = promotion_customer_uses.uses + 1
                WHERE promotion_customer_uses.uses < {limit}
                """, ct);
            if (used == 0)
                throw new DomainException($"Promotion {applied.Code} allows {limit} order(s) per customer and this customer has used them.", "promotions");
        }
    }
}
