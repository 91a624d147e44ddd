using CommerceOps.Domain.Ordering;
using CommerceOps.Domain.Purchasing;
using CommerceOps.Domain.Selection;
using CommerceOps.Domain.SupplyChain;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// Product selection for the demo store: a few hundred Chinese reviews of delivered order lines (praise, complaints and
/// negated praise such as 不太满意, by rating), candidate products voted on by the most frequent buyers, and three
/// pre-sales — one open, one that reached its target and raised a purchase order, one that missed it and refunded
/// every deposit. Deterministic for a seed and "now"; written through the domain.
/// </summary>
internal sealed class DemoSelection(CommerceDbContext db, DemoRandom random, IReadOnlyList<DemoSku> catalog, DateTimeOffset now)
{
    public const int Reviews = 400;
    public const string SupplierCode = "SP-PRESALE";

    private static readonly (string Prefix, string[] Praise, string[] Complaint)[] Phrases =
    [
        ("fresh", ["很新鲜，很甜", "个头大，好吃", "物流快，包装结实", "性价比高，很划算"], ["有几个坏了", "不新鲜，有点酸", "送得太慢，压坏了", "个头小，失望"]),
        ("beauty", ["很保湿，用着舒服", "温和不刺激，正品", "包装精致，喜欢", "清爽不油腻，推荐"], ["用了过敏", "有异味，失望", "味道难闻", "效果不好"]),
        ("3c", ["音质好，连接稳定", "充电快，好用", "做工精致，值得", "续航给力，推荐"], ["发热严重", "用了一周就坏了", "有噪音，难用", "卡顿，后悔"]),
        ("appliances", ["安装师傅贴心，静音", "做饭方便，好用", "外观漂亮，大气", "送货及时，满意"], ["噪音大，吵", "有异味", "用了一个月就坏了", "做工粗糙"]),
        ("apparel", ["合身，面料柔软", "好看，很舒服", "质量好，推荐", "做工精致，喜欢"], ["洗了就缩水", "掉色，起球", "开线了，失望", "太薄了"]),
        ("home", ["结实耐用", "柔软舒适，喜欢", "很方便，实惠", "质量好，推荐"], ["有异味", "变形了", "做工粗糙", "太小了，后悔"]),
        ("outdoor", ["轻便结实，好用", "露营很方便，推荐", "质量好，值得", "做工精致，喜欢"], ["漏气", "生锈了，失望", "有点松，不结实", "太重了，不方便"]),
    ];

    private static readonly string[] NegatedComplaints = ["不太满意", "不好用", "质量不好", "不值这个价", "不推荐"];
    private static readonly string[] NegatedPraise = ["价格不贵", "没有异味", "一点也不吵", "不掉色"];

    private static readonly (string Title, string Description, string Category, decimal Price, int Votes)[] Candidates =
    [
        ("超轻羽绒露营睡袋（零下20度）", "搜索“超轻露营睡袋 零下20度”无结果，冬季露营需求上升。", "outdoor.camping", 599m, 57),
        ("围炉煮茶套装", "近一周“围炉煮茶”搜索快速上升，目前无商品。", "home.storage", 199m, 41),
        ("儿童防晒冰袖", "夏季亲子出游需求，搜索无结果。", "apparel.women", 39.9m, 23),
        ("老人大字版手机", "子女为父母购买，搜索无结果。", "3c.phones", 499m, 9),
    ];

    public async Task WriteAsync(IReadOnlyList<DemoCustomer> customers, CancellationToken ct)
    {
        await WriteReviewsAsync(ct);
        var voters = await FrequentBuyersAsync(customers, ct);
        if (voters.Count == 0) return; // a store without orders has no one to vote or deposit
        var candidates = await WriteCandidatesAsync(voters, ct);
        await WritePreSalesAsync(voters, candidates, ct);
    }

    private async Task WriteReviewsAsync(CancellationToken ct)
    {
        var lines = await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Delivered || o.Status == OrderStatus.Completed)
            .OrderBy(o => o.Id)
            .SelectMany(o => o.Lines, (o, l) => new { Order = o.Number, o.CustomerId, o.CustomerCode, o.DeliveredAt, l.Id, l.SkuId, l.SkuCode, l.CategoryCode })
            .ToListAsync(ct);
        var step = Math.Max(1, lines.Count / Reviews);
        for (var i = 0; i < lines.Count && i / step < Reviews; i += step)
        {
            var line = lines[i];
            var rating = random.Chance(0.62) ? 5 : random.Chance(0.5) ? 4 : random.Chance(0.4) ? 3 : random.Chance(0.5) ? 2 : 1;
            var at = (line.DeliveredAt ?? now) + TimeSpan.FromHours(random.Between(2, 96));
            if (at > now) at = now;
            db.ProductReviews.Add(new ProductReview(line.CustomerId!.Value, line.CustomerCode!, line.Id, line.Order, line.SkuId, line.SkuCode,
                line.CategoryCode, rating, Text(line.CategoryCode, rating), at));
        }
        await db.SaveChangesAsync(ct);
    }

    private string Text(string category, int rating)
    {
        var (_, praise, complaint) = Phrases.FirstOrDefault(p => category.StartsWith(p.Prefix, StringComparison.Ordinal));
        praise ??= Phrases[^1].Praise;
        complaint ??= Phrases[^1].Complaint;
        return rating switch
        {
            5 => $"{random.Pick(praise)}，{random.Pick(praise)}！",
            4 => random.Chance(0.3) ? $"{random.Pick(praise)}，{random.Pick(NegatedPraise)}。" : $"{random.Pick(praise)}。",
            3 => $"{random.Pick(praise)}，但是{random.Pick(complaint)}。",
            _ => $"{random.Pick(complaint)}，{random.Pick(NegatedComplaints)}。",
        };
    }

    /// <summary>Customers by number of orders (most first, then id): the ones the top RFM segments are made of.</summary>
    private async Task<List<DemoCustomer>> FrequentBuyersAsync(IReadOnlyList<DemoCustomer> customers, CancellationToken ct)
    {
        var counts = await db.Orders.AsNoTracking().Where(o => o.CustomerId != null && o.Status != OrderStatus.Cancelled)
            .GroupBy(o => o.CustomerId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var order = counts.OrderByDescending(c => c.Count).ThenBy(c => c.Key).Select(c => c.Key).ToList();
        var byId = customers.ToDictionary(c => c.Id);
        return order.Where(byId.ContainsKey).Select(id => byId[id]).Take(200).ToList();
    }

    private async Task<List<CandidateProduct>> WriteCandidatesAsync(List<DemoCustomer> voters, CancellationToken ct)
    {
        var candidates = Candidates.Select((c, i) =>
            new CandidateProduct($"CP-DEMO-{i + 1}", c.Title, c.Description, c.Category, c.Price, now.AddDays(-20 + 3 * i))).ToList();
        db.CandidateProducts.AddRange(candidates);
        await db.SaveChangesAsync(ct);
        for (var i = 0; i < candidates.Count; i++)
            foreach (var voter in voters.Take(Candidates[i].Votes))
                db.CandidateVotes.Add(new CandidateVote(candidates[i].Id, voter.Id, voter.Code, "champions",
                    candidates[i].CreatedAt + TimeSpan.FromMinutes(random.Between(10, 5 * 24 * 60))));
        await db.SaveChangesAsync(ct);
        return candidates;
    }

    private async Task WritePreSalesAsync(List<DemoCustomer> buyers, List<CandidateProduct> candidates, CancellationToken ct)
    {
        var camping = catalog.Where(s => s.CategoryCode == "outdoor.camping").ToList();
        var supplier = new Supplier(SupplierCode, "宁波户外装备供应链有限公司", 12, 2, 1, 1);
        db.Suppliers.Add(supplier);
        await db.SaveChangesAsync(ct);
        foreach (var sku in camping.Take(3))
            db.SupplierItems.Add(new SupplierItem(supplier.Id, sku.Id, sku.Code, new SupplyTerms(20, 10), Math.Round(sku.Price * 0.55m, 2)));

        // Open: halfway to its target. Succeeded: past its deadline, target reached, purchase order raised. Failed: refunded.
        var open = Campaign(1, "睡袋预售：超轻羽绒露营睡袋", camping[0], candidates[0].Id, 50m, 200, now.AddDays(10), buyers, units: 118);
        var succeeded = Campaign(2, "蛋卷桌预售", camping[1], null, 30m, 80, now.AddDays(-3), buyers, units: 95);
        var failed = Campaign(3, "卡式炉预售", camping[2], null, 20m, 150, now.AddDays(-5), buyers, units: 41);

        var warehouse = await db.Warehouses.AsNoTracking().OrderBy(w => w.Code).FirstAsync(w => w.Code == "WH-SH", ct);
        succeeded.Settle(succeeded.Deadline);
        var terms = new SupplyTerms(20, 10);
        var order = new PurchaseOrder($"PO{now.UtcDateTime:yyyyMMdd}-PRESALE02", supplier, warehouse.Id, warehouse.Code, succeeded.Deadline);
        order.AddLine(succeeded.SkuId, succeeded.SkuCode, terms.Orderable(succeeded.DepositedQuantity), Math.Round(camping[1].Price * 0.55m, 2), terms);
        db.PurchaseOrders.Add(order);
        succeeded.CloseWithPurchaseOrder(order.Number, succeeded.Deadline);

        failed.Settle(failed.Deadline);
        foreach (var deposit in failed.DepositsToRefund.ToList())
            failed.RecordRefund(deposit.Number, "sim_rf_demo_" + deposit.Number, failed.Deadline.AddMinutes(random.Between(1, 30)));
        failed.CloseRefunded(failed.Deadline.AddHours(1));

        db.PreSaleCampaigns.AddRange(open, succeeded, failed);
        await db.SaveChangesAsync(ct);
    }

    private PreSaleCampaign Campaign(int n, string title, DemoSku sku, long? candidateId, decimal deposit, int target, DateTimeOffset deadline,
        List<DemoCustomer> buyers, int units)
    {
        var created = (deadline < now ? deadline : now).AddDays(-14);
        var campaign = new PreSaleCampaign($"PS-DEMO-{n}", title, sku.Id, sku.Code, candidateId, deposit, target, deadline, created);
        var last = deadline < now ? deadline : now;
        var span = (last - created).TotalMinutes;
        for (var placed = 0; placed < units;)
        {
            var quantity = Math.Min(units - placed, random.Chance(0.8) ? 1 : 2);
            var buyer = buyers[random.Between(0, buyers.Count - 1)];
            var at = created + TimeSpan.FromMinutes(span * (placed + 1) / (units + 1));
            var number = $"DP-DEMO-{n}-{placed + 1:D4}";
            campaign.PlaceDeposit(number, buyer.Id, buyer.Code, quantity, "sim_pay_demo_" + number, at);
            placed += quantity;
        }
        return campaign;
    }
}
