using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// Advertising copy a merchant might really write, appended to the description of the first product of a few categories,
/// so the compliance page's findings queue has something to review: two blocking claims (absolute terms) and two warnings
/// (urgency without a promotion record, a sales statistic without a source). Uses no randomness, so the rest of the demo
/// store is unchanged.
/// </summary>
public static class DemoListingClaims
{
    public static readonly (string CategoryCode, string Claim)[] Claims =
    [
        ("beauty.skincare", "全网最低价，效果最好的精华。"),
        ("appliances.kitchen", "国家级品质，厨房必备。"),
        ("3c.audio", "限时秒杀，手慢无。"),
        ("fresh.fruit", "月销10万+，好评率99%。"),
    ];

    public static async Task WriteAsync(CommerceDbContext db, CancellationToken ct)
    {
        foreach (var (category, claim) in Claims)
        {
            var categoryId = await db.Categories.Where(c => c.Code == category).Select(c => c.Id).SingleAsync(ct);
            var first = await db.Products.Where(p => p.CategoryId == categoryId).MinAsync(p => p.Id, ct);
            await db.Products.Where(p => p.Id == first).ExecuteUpdateAsync(s => s.SetProperty(p => p.Description, p => p.Description + claim), ct);
        }
    }
}
