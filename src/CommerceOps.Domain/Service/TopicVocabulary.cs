namespace CommerceOps.Domain.Service;

/// <summary>
/// The words that point a question at a topic, in Chinese and English, and for product topics the attribute keys that
/// hold the answer. Keys are listed in the order they are tried, so the catalog may use any of the usual names.
/// </summary>
public sealed record TopicVocabulary(QuestionTopic Topic, string[] Terms, string[] AttributeKeys)
{
    public static readonly TopicVocabulary[] All =
    [
        new(QuestionTopic.ShelfLife,
            ["保质期", "保存期", "有效期", "能放多久", "放多久", "能放几天", "放几天", "多久过期", "过期", "保鲜期", "能保存多久", "能存多久",
             "shelf life", "shelf-life", "expire", "expiry", "expiration", "best before", "how long does it keep", "how long will it keep", "how long does it last", "how long will it last"],
            ["保质期", "保质期限", "有效期", "shelf_life", "shelf life"]),
        new(QuestionTopic.Storage,
            ["储存", "贮存", "存放", "怎么保存", "如何保存", "保存方法", "保存方式", "冷藏", "放冰箱", "放冰箱里",
             "store it", "storage", "refrigerat", "fridge", "keep it cold", "room temperature"],
            ["储存方式", "贮存条件", "保存方式", "储存条件", "storage"]),
        new(QuestionTopic.Origin,
            ["产地", "原产地", "哪里产", "哪产的", "哪里产的", "产自", "哪里生产", "哪生产", "在哪生产", "哪个国家", "国产", "进口的吗", "哪里的", "出产",
             "origin", "made in", "where is it made", "where was it made", "where is it from", "where does it come from", "where do they come from", "come from",
             "produced", "grown", "which country", "imported"],
            ["产地", "原产地", "生产地", "origin"]),
        new(QuestionTopic.Warranty,
            ["保修", "质保", "包修", "保固", "售后保障", "坏了怎么办", "坏了能修",
             "warranty", "guarantee", "guaranteed", "repair"],
            ["保修", "质保", "保修期", "质保期", "warranty"]),
        new(QuestionTopic.EnergyGrade,
            ["能效", "几级能效", "能耗", "省电", "耗电", "节能", "能效等级",
             "energy", "efficiency", "energy rating", "energy label", "energy grade", "power consumption"],
            ["能效等级", "能效", "energy_grade", "energy grade"]),
        new(QuestionTopic.Power,
            ["功率", "多少瓦", "瓦数", "几瓦",
             "wattage", "watts", "how many w", "rated power"],
            ["额定功率", "功率", "power"]),
        new(QuestionTopic.Weight,
            ["重量", "多重", "几斤", "多少斤", "多少公斤", "几公斤", "重不重", "有多沉", "沉不沉",
             "weight", "weigh", "how heavy", "heavy"],
            ["重量", "净重", "weight"]),
        new(QuestionTopic.Capacity,
            ["几个人", "几人", "适用人数", "适合几人", "能睡几", "容纳",
             "how many people", "how many persons", "sleeps", "people can"],
            ["适用人数", "容纳人数", "capacity"]),
        new(QuestionTopic.Installation,
            ["安装", "送装", "上门装", "开箱验货", "验货",
             "install", "installation", "set up", "unboxing inspection"],
            ["送装一体", "安装", "开箱验货", "installation"]),
        new(QuestionTopic.Size,
            ["尺寸", "尺码", "多大", "大小", "规格", "容量", "多少毫升", "几毫升", "多少ml", "几ml", "净含量", "多少克", "几克", "屏幕多大", "几寸", "几英寸", "多少g", "几片", "多少片", "几个装", "几支",
             "size", "how big", "dimension", "volume", "how many ml", "how much is in", "capacity", "screen", "how large", "inch"],
            ["尺寸", "规格", "容量", "净含量", "屏幕尺寸", "size"]),
        new(QuestionTopic.IngredientList,
            ["成分", "成份", "配料", "配方", "原料", "全成分", "里面有什么",
             "ingredient", "ingredients", "what's in it", "what is in it", "composition", "formula", "made of", "inci"],
            []),
        new(QuestionTopic.OrderStatus,
            ["订单状态", "状态", "发货了吗", "发货没", "发了吗", "发出了吗", "发货了没", "付款成功", "支付成功", "付上了吗", "订单怎么样", "处理了吗", "什么进度", "进度",
             "order status", "status", "has it shipped", "has my order shipped", "shipped yet", "been shipped", "did my payment", "payment go through", "processed", "progress"],
            []),
        new(QuestionTopic.DeliveryPromise,
            ["什么时候到", "几号到", "几天到", "多久到", "哪天到", "啥时候到", "预计送达", "预计到达", "送达时间", "什么时候能到", "多久能到", "能按时到", "承诺", "到货时间", "什么时候送到", "几号", "哪天送", "哪天能", "什么时候送",
             "when will it arrive", "when will i get", "when does it arrive", "when will my order arrive", "arrive", "delivery date", "deliver by", "expected delivery", "eta", "how long until", "when will it be delivered", "delivered by"],
            []),
        new(QuestionTopic.Tracking,
            ["物流", "快递", "到哪了", "到哪里了", "单号", "运单", "追踪", "跟踪", "查件", "在路上", "哪个快递",
             "tracking", "track", "where is my", "where's my", "courier", "carrier", "shipping number", "waybill", "in transit", "package"],
            []),
        new(QuestionTopic.ReturnEligibility,
            ["退货", "退款", "能退吗", "可以退吗", "退换", "无理由", "能不能退", "可以退", "退了", "换货", "退回",
             "return", "refund", "send it back", "money back", "exchange"],
            []),
    ];

    /// <summary>Questions the assistant must hand over rather than answer from data, whatever else they mention.</summary>
    public static readonly string[] DeclineTerms =
    [
        "人工", "客服", "转人工", "真人", "投诉", "孕妇", "孕期", "怀孕", "哺乳", "婴儿能用", "宝宝能用", "小孩能用", "儿童能用", "过敏吗", "会过敏", "会不会过敏",
        "治疗", "治病", "副作用", "医生", "比较好", "哪个好", "哪个更好", "对比", "推荐", "便宜点", "优惠", "打折", "优惠券", "发票", "包邮", "运费", "假货", "正品吗", "破损", "压坏", "漏发", "少发", "发错", "改地址", "加急",
        "human", "real person", "an agent", "speak to", "talk to", "complain", "complaint", "pregnan", "breastfeed", "nursing", "baby", "my child", "my kid",
        "will i be allergic", "am i allergic", "cause an allergic", "cause allergies", "allergic reaction", "side effect", "doctor", "cure", "treat my", "better than", "compare", "which is better", "recommend", "discount", "coupon", "cheaper",
        "invoice", "free shipping", "shipping cost", "shipping fee", "fake", "authentic", "genuine", "broken", "damaged", "missing item", "wrong item", "change my delivery address", "change the address",
    ];
}
