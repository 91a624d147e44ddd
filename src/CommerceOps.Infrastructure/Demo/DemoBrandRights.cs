using CommerceOps.Domain.IntellectualProperty;
using CommerceOps.Infrastructure.AfterSales;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// The brand page's demo data, written only to the IP tables (brands, products and the after-sales evidence stay as they
/// were): a seller authorisation for every demo brand — the 2nd and 5th brand (by id) end within the 30-day warning
/// window, the 3rd expired <see cref="ExpiredDaysAgo"/> days ago, so its listings show as unauthorised — three
/// original designs, and two complaints: one received and waiting, one kept and closed. Deterministic (no randomness).
/// </summary>
internal sealed class DemoBrandRights(CommerceDbContext db, string dataDirectory)
{
    public const int ExpiredDaysAgo = 9;
    public const string ComplianceUser = "demo-compliance@commerceops.local";
    private static readonly byte[] DemoScan = "%PDF-1.4\n% CommerceOps demo authorisation scan\n"u8.ToArray();

    public async Task WriteAsync(DateTimeOffset now, CancellationToken ct)
    {
        var brands = await db.Brands.AsNoTracking().OrderBy(b => b.Id).Select(b => new { b.Id, b.Name, b.Owner }).ToListAsync(ct);
        if (brands.Count < 5) return;
        var scan = WriteScan(now);
        db.IpEvidenceFiles.Add(scan);
        for (var i = 0; i < brands.Count; i++)
        {
            var validTo = i switch
            {
                1 => now.AddDays(12),
                2 => now.AddDays(-ExpiredDaysAgo),
                4 => now.AddDays(26),
                _ => now.AddDays(180 + 11 * i),
            };
            db.BrandAuthorisations.Add(new BrandAuthorisation(brands[i].Id, $"SQ-DEMO-{i + 1:D3}", AuthorisedPartyKind.Seller, null, null,
                now.AddDays(-365 + i), validTo, [scan.Token], ComplianceUser, now.AddDays(-365 + i)));
        }

        db.OriginalDesigns.AddRange(
            new OriginalDesign("DSN-DEMO-001", "山茶花印花图案", "本店设计部", "用于帆布包和T恤的原创山茶花手绘图案", [scan.Token], ComplianceUser, now.AddDays(-120)),
            new OriginalDesign("DSN-DEMO-002", "折叠露营椅外观", "本店设计部", "铝合金骨架折叠椅的外观设计，侧面镂空纹样", [scan.Token], ComplianceUser, now.AddDays(-64)),
            new OriginalDesign("DSN-DEMO-003", "节日礼盒包装", "本店设计部", "春节礼盒的包装插画与盒型", [scan.Token], ComplianceUser, now.AddDays(-21)));

        var accused = await db.Products.AsNoTracking().Where(p => p.BrandId == brands[0].Id || p.BrandId == brands[3].Id)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.Title, p.BrandId }).ToListAsync(ct);
        var first = accused.First(p => p.BrandId == brands[0].Id);
        var second = accused.First(p => p.BrandId == brands[3].Id);
        db.InfringementComplaints.Add(new InfringementComplaint("IPC-DEMO-0001", brands[0].Owner, "ip@example.com", first.Id, first.Title,
            ClaimedRight.Brand, brands[0].Name, "页面使用了我方注册商标，请核实销售授权", [scan.Token], ComplianceUser, now.AddHours(-30)));
        var kept = new InfringementComplaint("IPC-DEMO-0002", brands[3].Owner, null, second.Id, second.Title,
            ClaimedRight.Brand, brands[3].Name, "怀疑为非授权渠道商品", [scan.Token], ComplianceUser, now.AddDays(-6));
        kept.Keep(ComplianceUser, "本店持有有效授权书 SQ-DEMO-004，进货凭证齐全", now.AddDays(-5));
        kept.Close(ComplianceUser, "已回复投诉人并附授权书", now.AddDays(-4));
        db.InfringementComplaints.Add(kept);
        await db.SaveChangesAsync(ct);
    }

    private IpEvidenceFile WriteScan(DateTimeOffset now)
    {
        var relative = Path.Combine(EvidenceStore.Folder, "demo", "authorisation.pdf");
        var full = Path.Combine(dataDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, DemoScan);
        return new IpEvidenceFile("ev_demo_ip_scan", "授权书扫描件.pdf", "application/pdf", DemoScan.Length,
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(DemoScan)), relative, ComplianceUser, now.AddDays(-365));
    }
}
