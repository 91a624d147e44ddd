using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// Return requests on recently delivered demo orders, decided the way the product decides them: the default rules
/// (过敏无忧 on beauty with a photo, small amounts for good customers), agents for the rest — some refunded, some
/// rejected, some still open and some of those past their 24-hour deadline. Refunds raise <see cref="RefundIssued"/>,
/// so they reach <c>fact_refunds</c> through the outbox like real ones. Deterministic for a seed.
/// </summary>
internal sealed class DemoReturns(CommerceDbContext db, string dataDirectory)
{
    public const int MaxRequests = 60;
    private const string AgentName = "demo-agent@commerceops.local";
    private static readonly byte[] DemoPhoto = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
    private static readonly ReturnReason[] OtherReasons = [ReturnReason.NoReason, ReturnReason.NoReason, ReturnReason.QualityDefect, ReturnReason.NotAsDescribed, ReturnReason.WrongItem];

    public async Task<int> WriteAsync(DemoRandom random, DateTimeOffset now, CancellationToken ct)
    {
        var since = now - TimeSpan.FromDays(ReturnPolicy.Default.NoReasonDays);
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines)
            .Where(o => o.DeliveredAt != null && o.DeliveredAt > since)
            .OrderBy(o => o.Id).Take(MaxRequests * 8).ToListAsync(ct);
        var photo = WritePhoto();
        var written = 0;
        foreach (var order in orders)
        {
            if (written == MaxRequests || !random.Chance(0.125)) continue;
            var line = order.Lines[0];
            var beauty = line.CategoryCode.StartsWith("beauty", StringComparison.Ordinal);
            var reason = beauty && random.Chance(0.5) ? ReturnReason.Allergy : random.Pick(OtherReasons);
            if (reason == ReturnReason.NoReason && ReturnPolicy.Default.IsExcluded(line.CategoryCode)) reason = ReturnReason.QualityDefect;
            var createdAt = order.DeliveredAt!.Value + TimeSpan.FromHours(random.Between(1, 60));
            if (createdAt > now) createdAt = now - TimeSpan.FromMinutes(random.Between(5, 300));
            List<ReturnEvidence> evidence = reason == ReturnReason.Allergy
                ? [new ReturnEvidence($"ev_demo_{order.Number}", "过敏照片.png", "image/png", DemoPhoto.Length, photo.Sha256, photo.Path, createdAt)]
                : [];
            var lines = new List<ReturnLine> { new(line.Id, line.SkuId, line.SkuCode, line.ProductTitle, line.CategoryCode, line.WarehouseId, 1, RefundAllocation.ForUnits(line, 0, 1)) };
            var history = new CustomerHistory(await db.Orders.CountAsync(o => o.CustomerCode == order.CustomerCode
                && (o.Status == OrderStatus.Delivered || o.Status == OrderStatus.Completed), ct), 0);
            var outcome = ReturnRuleSet.Default.Evaluate(new(reason, [line.CategoryCode], evidence.Count, lines[0].RefundAmount, history));
            var account = order.PaymentMethod == PaymentMethod.CashOnDelivery ? RefundAccount.Create("alipay", "演示顾客", "1380000" + random.Digits(4)) : null;
            var request = ReturnRequest.Open($"RTDEMO-{order.Number}", order, reason, random.Chance(0.7) ? GoodsCondition.Unopened : GoodsCondition.OpenedForInspection,
                null, lines, evidence, account, outcome, ReturnSla.Default, createdAt);
            Decide(random, request, outcome, now);
            db.ReturnRequests.Add(request);
            written++;
        }
        await db.SaveChangesAsync(ct);
        return written;
    }

    private static void Decide(DemoRandom random, ReturnRequest request, ReturnRuleOutcome outcome, DateTimeOffset now)
    {
        if (outcome.Action != ReturnRuleAction.ToAgent)
        {
            request.MarkRefunded($"demo_rf_{request.Number}", "rule:" + outcome.RuleId, request.CreatedAt + TimeSpan.FromSeconds(3));
            return;
        }
        var decidedAt = request.CreatedAt + TimeSpan.FromHours(random.Between(1, 30));
        if (decidedAt > now || random.Chance(0.2)) return; // still with an agent (past 24 h: breached)
        if (random.Chance(0.75)) request.MarkRefunded($"demo_rf_{request.Number}", AgentName, decidedAt);
        else request.Reject("照片显示商品完好，不属于质量问题 / The photos show the goods intact", AgentName, decidedAt);
    }

    private (string Path, string Sha256) WritePhoto()
    {
        var relative = Path.Combine(AfterSales.EvidenceStore.Folder, "demo", "allergy.png");
        var full = Path.Combine(dataDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, DemoPhoto);
        return (relative, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(DemoPhoto)));
    }
}
