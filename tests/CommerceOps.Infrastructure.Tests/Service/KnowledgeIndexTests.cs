using CommerceOps.Domain.Service;
using CommerceOps.Infrastructure.Service;

namespace CommerceOps.Infrastructure.Tests.Service;

public sealed class KnowledgeIndexTests : IDisposable
{
    private readonly KnowledgeIndex _index = new();

    private void Add(long id, KnowledgeKind kind, string title, string problem, string solution, int helpful = 0, int unhelpful = 0) =>
        _index.Upsert(new KnowledgeDocument(id, kind, title, problem, solution, [], helpful, unhelpful));

    [Fact]
    public void Chinese_text_is_segmented_so_words_match_inside_sentences()
    {
        Add(1, KnowledgeKind.Article, "快递显示签收但没收到", "物流显示已签收，但顾客说没有收到包裹", "先联系快递员核实投递位置，48小时内未找到则补发");
        Add(2, KnowledgeKind.Article, "面膜过敏怎么办", "用了面膜后脸发红发痒", "停用并拍照上传，美妆过敏走过敏无忧流程退款");

        var hits = _index.Search("包裹签收了可是我没收到", 5);

        Assert.Equal(1, hits[0].Id);
        Assert.Empty(_index.Search("电子发票", 5));
    }

    [Fact]
    public void Usefulness_ratings_re_rank_equally_relevant_articles()
    {
        Add(1, KnowledgeKind.Article, "退款多久到账", "申请退款后多久到账", "原路退回，一般1到3个工作日");
        Add(2, KnowledgeKind.Article, "退款多久到账", "申请退款后多久到账", "原路退回，一般1到3个工作日");

        var before = _index.Search("退款多久到账", 2);
        _index.Rate(2, helpful: 9, unhelpful: 0);
        _index.Rate(1, helpful: 0, unhelpful: 5);
        var after = _index.Search("退款多久到账", 2);

        Assert.Equal(before[0].TextScore, before[1].TextScore, 6);
        Assert.Equal([2L, 1L], after.Select(h => h.Id));
        Assert.True(after[0].Score > after[0].TextScore && after[1].Score < after[1].TextScore);
    }

    [Fact]
    public void A_much_better_text_match_still_beats_a_well_rated_weak_one()
    {
        Add(1, KnowledgeKind.Article, "发票怎么开", "顾客需要开具电子发票", "在订单详情页申请电子发票", helpful: 50);
        Add(2, KnowledgeKind.Article, "空调安装预约", "空调送装一体如何预约安装师傅上门", "下单后在订单页选择安装时间段，师傅上门安装并确认完工");

        var hits = _index.Search("空调安装师傅什么时候上门", 5);

        Assert.Equal(2, hits[0].Id);
    }

    [Fact]
    public void Similar_past_cases_come_from_resolved_tickets_only()
    {
        Add(1, KnowledgeKind.Article, "快递破损处理", "收到的快递外箱破损", "拍照后申请售后，补发或退款");
        Add(2, KnowledgeKind.ResolvedTicket, "工单 T-1001 快递破损", "顾客反馈快递外箱破损，杯子碎了", "已补发新杯子并向快递公司索赔");

        var hits = _index.Search("快递破损 杯子碎了", 5, KnowledgeKind.ResolvedTicket);

        Assert.Equal([2L], hits.Select(h => h.Id));
    }

    [Fact]
    public void A_word_in_most_documents_does_not_match_on_its_own()
    {
        // English words, so the test does not depend on how SmartCn segments a phrase.
        for (var id = 1; id <= 100; id++)
            Add(id, KnowledgeKind.ResolvedTicket, $"case {id}", id % 25 == 0 ? "customer reports icepack melted" : "customer reports wrong address", "done");
        Add(101, KnowledgeKind.ResolvedTicket, "case 101", "icepack melted", "done");

        var hits = _index.Search("customer icepack", 50);

        Assert.Equal([25L, 50, 75, 100, 101], hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void Most_of_the_rarer_words_must_match()
    {
        Add(1, KnowledgeKind.Article, "蓝牙耳机单边没有声音", "蓝牙耳机单边没有声音", "重置配对");
        Add(2, KnowledgeKind.Article, "耳机线缠绕", "耳机线容易缠绕", "使用收纳盒");
        Add(3, KnowledgeKind.Article, "音箱没有声音", "蓝牙音箱连接后没有声音", "检查音量");

        var hits = _index.Search("蓝牙耳机没有声音", 5);

        Assert.Equal(1, hits[0].Id);
        Assert.DoesNotContain(hits, h => h.Id == 2);
    }

    [Fact]
    public void A_search_asked_again_is_answered_from_the_cache_until_the_index_changes()
    {
        Add(1, KnowledgeKind.Article, "发票怎么开", "顾客需要开具电子发票", "在订单详情页申请电子发票");

        var first = _index.Search("电子发票", 5);
        var again = _index.Search("电子发票", 5);
        Add(2, KnowledgeKind.Article, "电子发票", "电子发票 电子发票", "在订单详情页申请");
        var afterAdding = _index.Search("电子发票", 5);

        Assert.Equal(first, again);
        Assert.Equal((1L, 3L), _index.CachedResults);
        Assert.Equal([2L, 1L], afterAdding.Select(h => h.Id));
    }

    public void Dispose() => _index.Dispose();
}
