using CommerceOps.Domain.Common;
using CommerceOps.Domain.Service;
using CommerceOps.Domain.Service.Tickets;
using CommerceOps.Infrastructure.Persistence;

namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// Service-desk tickets for the demo store: 60 over the last 20 days from chat, phone and order pages, each answered
/// (some after the 1-minute promise), most resolved (some after 24 hours) and rated, a few still open; resolved ones
/// become past cases in the knowledge base, beside a handful of written articles. Deterministic for a seed.
/// </summary>
internal static class DemoTickets
{
    private const int Count = 60;
    private static readonly string[] Agents = ["客服小林", "客服小王", "客服阿杰"];

    private static readonly (string Subject, string Description, string Resolution)[] Cases =
    [
        ("快递显示签收但没收到", "物流显示已签收，但我没有收到包裹", "联系快递员核实投递位置，包裹在驿站，已通知顾客取件"),
        ("收到的商品外包装破损", "箱子压坏了，里面的杯子碎了一个", "顾客拍照后补发新杯子"),
        ("面膜用后脸部过敏", "用了面膜后脸发红发痒，想退款", "走过敏无忧流程，凭照片直接退款"),
        ("空调预约安装", "空调到了，想预约师傅上门安装", "已预约周六上午安装，师傅上门完工确认"),
        ("退款多久到账", "申请退款三天了还没到账", "原路退回，快捷支付1到3个工作日到账，已告知顾客"),
        ("想修改收货地址", "下单后发现地址写错了", "订单未发货，已在订单页改好地址"),
        ("优惠券无法使用", "下单时优惠券用不了", "未达到满减门槛，已说明并推荐凑单商品"),
        ("蓝牙耳机单边没声音", "右耳没有声音", "重置配对后恢复正常"),
    ];

    private static readonly (string Title, string Problem, string Solution)[] Articles =
    [
        ("快递签收未收到怎么处理", "物流显示签收但顾客没有收到包裹", "先联系快递员核实投递位置（驿站、快递柜、门卫），48小时内未找到则补发或退款"),
        ("商品破损处理流程", "顾客收到的商品或外包装破损", "请顾客拍照上传，确认后优先补发，顾客不需要补发则按比例退款"),
        ("过敏无忧", "美妆商品使用后过敏", "凭照片走过敏无忧流程，无需寄回，立即退款"),
        ("修改收货地址", "顾客下单后想改地址", "未发货订单在订单页修改；已发货联系快递改派"),
    ];

    public static void Add(CommerceDbContext db, IReadOnlyList<DemoCustomer> customers, int seed, DateTimeOffset now)
    {
        var random = new Random(seed);
        foreach (var (title, problem, solution) in Articles)
            db.KnowledgeArticles.Add(new KnowledgeArticle(KnowledgeKind.Article, title, problem, solution, ["demo"], now.AddDays(-30)));
        for (var i = 0; i < Count; i++)
        {
            var (subject, description, resolution) = Cases[i % Cases.Length];
            var channel = (TicketChannel)(i % 3);
            var createdAt = now.AddDays(-20).AddMinutes(random.Next(0, 19 * 24 * 60));
            var customer = customers[random.Next(customers.Count)];
            var ticket = new Ticket(channel, subject, description, customer.Id, null, createdAt);
            // Added once worked on: the generator turns change detection off, so later changes would not be seen.
            db.Tickets.Add(Work(ticket, i, random, resolution));
            if (ticket.ResolvedAt is { } resolvedAt)
                db.KnowledgeArticles.Add(new KnowledgeArticle(KnowledgeKind.ResolvedTicket, subject, description, resolution, [channel.ToWire()], resolvedAt));
        }
    }

    private static Ticket Work(Ticket ticket, int i, Random random, string resolution)
    {
        var createdAt = ticket.CreatedAt;
        if (i % 10 == 9) return ticket; // still waiting for its first answer
        var agent = Agents[random.Next(Agents.Length)];
        // Most answers come within the minute; one in five is late.
        var firstResponse = createdAt.AddSeconds(i % 5 == 4 ? random.Next(61, 600) : random.Next(8, 60));
        ticket.Reply(agent, "您好，我来帮您处理～", firstResponse);
        if (i % 10 == 8) return ticket; // in progress
        if (i % 7 == 3) ticket.Transfer(agent, Agents[(Array.IndexOf(Agents, agent) + 1) % Agents.Length], "需要专员跟进", firstResponse.AddMinutes(5));
        var resolvedAt = firstResponse.AddMinutes(i % 6 == 5 ? random.Next(24 * 60, 40 * 60) : random.Next(10, 8 * 60));
        ticket.Resolve(ticket.Handler!, resolution, resolvedAt);
        if (i % 4 != 0) ticket.Rate(random.Next(3, 6), resolvedAt.AddHours(1));
        if (i % 3 == 0) ticket.Close(ticket.Owner!, resolvedAt.AddHours(2));
        return ticket;
    }
}
