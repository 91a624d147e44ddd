using System.Diagnostics;
using System.Text.Json;
using CommerceOps.Domain.Service;
using CommerceOps.Infrastructure.Demo;
using CommerceOps.Infrastructure.Service;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CommerceOps.Bench;

/// <summary>
/// Knowledge-base search over N articles and resolved tickets (default 1,000,000) in a Lucene index on disk, generated
/// deterministically and kept in --dir for later runs. Measures <see cref="KnowledgeIndex.Search"/> (parse, BM25 top 50,
/// re-rank by ratings, top 10); baseline: the same queries (strict, then relaxed when it finds nothing) straight on an IndexSearcher, top 10, no re-ranking; and, for the
/// record, the shape searched before (every word OR'ed) on the raw searcher.
/// </summary>
public static class KnowledgeLoad
{
    private static readonly (string Problem, string Solution)[] Cases =
    [
        ("快递显示签收但没收到包裹", "联系快递员核实投递位置，48小时内未找到则补发或退款"),
        ("收到的商品外包装破损", "请顾客拍照上传，补发新品或按比例退款"),
        ("面膜用后脸部过敏发红发痒", "建议停用并上传照片，美妆过敏走过敏无忧流程直接退款"),
        ("空调送装一体预约安装师傅", "在订单页选择安装时间段，师傅上门安装后确认完工"),
        ("申请退款后多久到账", "原路退回，快捷支付1到3个工作日，货到付款退到顾客指定账户"),
        ("电子发票怎么开具", "在订单详情页申请电子发票，开具后发送到邮箱"),
        ("订单商品少发漏发", "核对仓库出库记录，确认漏发后立即补发"),
        ("衣服尺码不合适想换货", "7天无理由换货，顾客寄回后仓库收货即发出新尺码"),
        ("冷链包裹冰袋融化水果变质", "生鲜不支持无理由退货，质量问题拍照后全额退款"),
        ("优惠券下单时无法使用", "检查优惠券使用门槛和适用品类，过期券不可恢复"),
        ("手机收到后无法开机", "指导顾客充电半小时后长按电源键，仍不能开机则换新"),
        ("蓝牙耳机单边没有声音", "重置耳机配对，仍有问题按保修政策换新"),
        ("空气炸锅第一次使用有异味", "首次使用空烧十分钟可去除异味，属正常现象"),
        ("衣服洗后掉色严重", "深色衣物首次洗涤建议单独冷水手洗，严重掉色可退货"),
        ("想修改收货地址", "未发货订单可在订单页修改地址，已发货需联系快递改派"),
        ("货到付款拒收后如何处理", "拒收包裹退回仓库后订单自动取消，无需付款"),
        ("保税仓商品清关失败", "核对订购人身份证信息与支付人一致后重新申报"),
        ("帐篷杆断裂", "拍照确认后寄送替换配件，影响使用则退货"),
    ];

    private static readonly string[] Cities = ["上海", "北京", "杭州", "广州", "成都", "武汉", "西安", "南京", "深圳", "重庆"];
    private static readonly string[] Customers = ["顾客反馈", "用户来电说", "买家在聊天中说", "客户留言", "顾客投诉"];

    private static readonly string[] Queries =
    [
        "快递签收了但是没收到", "面膜过敏怎么退款", "空调什么时候上门安装", "退款多久到账", "发票怎么开", "少发了一件", "尺码不对能换吗",
        "水果坏了", "优惠券用不了", "手机开不了机", "耳机一边没声音", "空气炸锅有味道", "衣服掉色", "改地址", "货到付款拒收", "清关失败",
        "帐篷杆断了", "包裹破损 杯子碎了", "保税仓 身份证", "冰袋化了",
    ];

    public static int Run(Options options)
    {
        var dir = options.Require("dir");
        var count = options.Int("articles", 1_000_000, 1_000, 5_000_000);
        var queries = options.Int("queries", 5_000, 100, 1_000_000);
        // The marker names the index layout: a directory built for another layout is rebuilt.
        var built = Path.Combine(dir, $"built-{count}-text-v2");
        var buildSeconds = 0.0;
        if (!File.Exists(built))
        {
            if (System.IO.Directory.Exists(dir)) System.IO.Directory.Delete(dir, recursive: true);
            System.IO.Directory.CreateDirectory(dir);
            var started = Stopwatch.GetTimestamp();
            using (var index = new KnowledgeIndex(FSDirectory.Open(dir)))
            {
                Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, n => index.Add(Article(n)));
                index.Refresh();
            }
            buildSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            File.WriteAllText(built, buildSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        using var kb = new KnowledgeIndex(FSDirectory.Open(dir));
        var random = new Random(5);
        for (var id = 0; id < count; id += 97) kb.Rate(id, random.Next(0, 20), random.Next(0, 10)); // some rated articles, as in use
        var asked = Enumerable.Range(0, queries).Select(_ => Queries[random.Next(Queries.Length)]).ToArray();

        using var reader = DirectoryReader.Open(FSDirectory.Open(dir));
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var parsed = Queries.ToDictionary(q => q, q => kb.QueryFor(reader, q, relaxed: false) ?? throw new BenchException($"no query for {q}"));
        var relaxed = Queries.ToDictionary(q => q, q => kb.QueryFor(reader, q, relaxed: true)!);
        TopDocs Raw(string q) => searcher.Search(parsed[q], 10) is { TotalHits: > 0 } top ? top : searcher.Search(relaxed[q], 10);
        // The shape searched before (every word OR'ed), for the record: it was the slow part.
        using var analyzer = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);
        var orParser = new QueryParser(LuceneVersion.LUCENE_48, "text", analyzer);
        var orParsed = Queries.ToDictionary(q => q, q => orParser.Parse(QueryParserBase.Escape(q)));

        for (var i = 0; i < Math.Min(500, queries); i++) { kb.Search(asked[i], 10); Raw(asked[i]); searcher.Search(orParsed[asked[i]], 10); }
        var times = new Latencies();
        var raw = new Latencies();
        var orRaw = new Latencies();
        for (var i = 0; i < queries; i++)
        {
            var started = Stopwatch.GetTimestamp();
            if (kb.Search(asked[i], 10).Count == 0) throw new BenchException($"no hits for {asked[i]}");
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            started = Stopwatch.GetTimestamp();
            Raw(asked[i]);
            raw.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            started = Stopwatch.GetTimestamp();
            searcher.Search(orParsed[asked[i]], 10);
            orRaw.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        times = Latencies.Merge([times]);
        raw = Latencies.Merge([raw]);
        orRaw = Latencies.Merge([orRaw]);
        var result = new
        {
            articles = kb.Count, queries, buildSeconds = Math.Round(buildSeconds, 1),
            p50Ms = times.Percentile(50), p99Ms = times.Percentile(99), rawP50Ms = raw.Percentile(50), rawP99Ms = raw.Percentile(99),
            orP50Ms = orRaw.Percentile(50), orP99Ms = orRaw.Percentile(99),
        };
        File.WriteAllText(options.Require("out"), JsonSerializer.Serialize(result));
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>Article or past case number <paramref name="n"/>: the same every run (seeded by its number).</summary>
    private static KnowledgeDocument Article(int n)
    {
        var random = new Random(n);
        var (problem, solution) = Cases[random.Next(Cases.Length)];
        var product = random.Next(DemoCatalog.Templates.Length) is var t ? DemoCatalog.Templates[t].Names[random.Next(DemoCatalog.Templates[t].Names.Length)] : "";
        var city = Cities[random.Next(Cities.Length)];
        var ticket = n % 10 < 7;
        return new KnowledgeDocument(n, ticket ? KnowledgeKind.ResolvedTicket : KnowledgeKind.Article,
            ticket ? $"工单 T{n:D7} {problem}" : $"{problem}（{product}）",
            $"{Customers[random.Next(Customers.Length)]}{product}{problem}，收货地{city}",
            solution, [product], 0, 0);
    }
}
