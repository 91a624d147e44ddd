using CommerceOps.Domain.Service;
using CommerceOps.Infrastructure.Demo;
using CommerceOps.Infrastructure.Service;

namespace CommerceOps.Bench;

/// <summary>
/// A generated knowledge base that searches like a real one: problems composed of brands, products, specs, parts,
/// faults, logistics and after-sales phrases (about a thousand realistic phrases, some two thousand distinct words
/// after segmentation), each drawn with a Zipf-like frequency (a few are
/// everywhere, most are rare), so a query's rarer words select hundreds or thousands of documents, not half the index.
/// Queries come from the same distributions (customers ask most about the common problems). Deterministic: article n
/// is seeded by n, the queries by one seed.
/// </summary>
public static class KnowledgeCorpus
{
    /// <summary>Zipf exponent: the most common phrase of a list is about 1/H(n) of the draws, the 100th a hundredth of that.</summary>
    private const double Exponent = 1.05;

    private static readonly string[] ExtraProducts =
    [
        "扫地机器人", "洗地机", "吸尘器", "电动牙刷", "冲牙器", "吹风机", "卷发棒", "剃须刀", "电动牙刷头", "空气净化器", "加湿器", "除湿机",
        "电暖器", "取暖器", "电风扇", "落地扇", "电热毯", "微波炉", "烤箱", "洗碗机", "消毒柜", "燃气灶", "油烟机", "热水器", "净水器",
        "饮水机", "咖啡机", "豆浆机", "榨汁机", "料理机", "电压力锅", "电磁炉", "养生壶", "炒锅", "不粘锅", "保温杯", "玻璃杯", "陶瓷碗",
        "平板电脑", "笔记本电脑", "机械键盘", "无线鼠标", "显示器", "路由器", "智能手表", "运动手环", "智能音箱", "投影仪", "电视机",
        "游戏手柄", "相机", "镜头", "存储卡", "U盘", "移动硬盘", "打印机", "墨盒", "儿童手表", "学习机", "点读笔", "婴儿推车", "安全座椅",
        "奶粉", "纸尿裤", "湿巾", "奶瓶", "婴儿床", "儿童绘本", "积木", "遥控车", "毛绒玩具", "猫粮", "狗粮", "猫砂", "宠物窝", "牵引绳",
        "大米", "食用油", "牛奶", "酸奶", "坚果礼盒", "月饼", "粽子", "茶叶", "咖啡豆", "蜂蜜", "牛排", "三文鱼", "大闸蟹", "小龙虾",
        "鸡蛋", "螺蛳粉", "方便面", "零食大礼包", "矿泉水", "洗衣液", "洗洁精", "抽纸", "卷纸", "垃圾袋", "牙膏", "洗发水", "沐浴露",
        "护手霜", "身体乳", "香水", "卸妆水", "眼霜", "粉底液", "遮瑕膏", "睫毛膏", "眉笔", "指甲油", "运动鞋", "板鞋", "皮鞋", "拖鞋",
        "雪地靴", "双肩包", "行李箱", "钱包", "皮带", "帽子", "围巾", "手套", "袜子", "内衣", "睡衣", "卫衣", "毛衣", "衬衫", "西装",
        "半身裙", "短裤", "打底裤", "泳衣", "墨镜", "手链", "项链", "耳环", "戒指", "手表", "自行车", "电动车", "头盔", "钓鱼竿",
        "登山杖", "睡袋", "防潮垫", "户外灯", "保温箱", "哑铃", "跑步机", "健身环", "跳绳", "羽毛球拍", "篮球", "足球", "乒乓球拍",
        "沙发", "床垫", "书桌", "办公椅", "衣柜", "鞋柜", "窗帘", "地毯", "台灯", "吸顶灯", "智能门锁", "摄像头", "晾衣架", "花洒",
        "马桶盖", "水龙头", "拖把", "收纳盒", "保鲜盒", "菜刀", "砧板", "筷子", "花盆", "绿植", "鲜花", "多肉", "文具套装", "签字笔",
    ];

    private static readonly string[] ExtraBrands =
    [
        "苹果", "三星", "联想", "戴尔", "惠普", "华硕", "飞利浦", "松下", "西门子", "博世", "戴森", "科沃斯", "石头", "追觅", "云鲸", "米家",
        "奥克斯", "海信", "TCL", "创维", "方太", "老板", "万和", "史密斯", "安吉尔", "德尔玛", "摩飞", "膳魔师", "象印", "虎牌", "乐扣",
        "伊利", "蒙牛", "三只松鼠", "良品铺子", "农夫山泉", "金龙鱼", "五常", "蓝月亮", "立白", "维达", "清风", "舒肤佳", "云南白药",
        "欧莱雅", "雅诗兰黛", "资生堂", "耐克", "阿迪达斯", "特步", "回力", "波司登", "优衣库", "无印良品", "宜家", "林氏木业", "顾家",
        "好孩子", "帮宝适", "花王", "飞鹤", "皇家", "比瑞吉", "捷安特", "雅迪", "小牛", "九号", "大疆", "佳能", "尼康", "爱普生",
    ];

    private static readonly string[] Specs =
    [
        "", "", "", "", "", "2024款", "2025新款", "旗舰款", "青春版", "Pro", "Max", "Plus", "mini", "标准版", "升级版", "礼盒装", "家庭装",
        "大容量", "小号", "加大号", "儿童款", "女款", "男款", "黑色", "白色", "灰色", "粉色", "蓝色", "绿色", "红色", "金色", "银色",
        "奶白色", "雾霾蓝", "香槟金", "曜石黑", "1.5匹", "3匹", "500ml", "1L", "2kg", "5斤装", "10斤装", "64GB", "128GB", "256GB",
    ];

    private static readonly string[] Parts =
    [
        "屏幕", "电池", "充电口", "按键", "外壳", "包装盒", "说明书", "配件", "遥控器", "电源线", "插头", "开关", "指示灯", "显示屏",
        "滤网", "刷头", "水箱", "内胆", "盖子", "密封圈", "把手", "轮子", "拉链", "纽扣", "鞋底", "鞋带", "肩带", "镜片", "表带",
        "摄像头", "扬声器", "麦克风", "耳塞", "充电仓", "支架", "螺丝", "底座", "面板", "接口", "数据线", "适配器", "电机", "风扇",
        "加热管", "温控器", "喷头", "刀片", "滚刷", "尘盒", "吸头", "软管", "门封条", "冷凝管", "外机", "内机", "管道", "排水管",
    ];

    private static readonly string[] Faults =
    [
        "无法开机", "开不了机", "自动关机", "频繁重启", "充不进电", "充电很慢", "耗电快", "发烫严重", "屏幕碎了", "屏幕有亮点",
        "屏幕闪烁", "触摸失灵", "没有声音", "声音很小", "有杂音", "有异响", "噪音大", "漏水", "漏电", "漏气", "不制冷", "不制热",
        "不加热", "温度不准", "显示错误代码", "报故障码", "连不上网络", "蓝牙连接不上", "信号差", "死机", "卡顿", "闪退", "无法识别",
        "按键失灵", "遥控器没反应", "指示灯不亮", "有焦味", "冒烟", "跳闸", "转不动", "吸力变小", "拖地有水痕", "刷头不转", "电池鼓包",
        "外壳裂开", "划痕明显", "掉漆", "生锈", "变形", "断裂", "开胶", "脱线", "起球", "缩水", "掉色", "染色", "褪色", "有色差",
        "尺码偏大", "尺码偏小", "太紧", "太松", "有异味", "味道刺鼻", "过期了", "临期", "发霉", "变质", "有虫", "有异物", "包装漏气",
        "胀袋", "口感不对", "太酸", "不新鲜", "烂了好几个", "个头太小", "数量不对", "重量不足", "少了一件", "发错颜色", "发错型号",
        "发错尺码", "货不对板", "与描述不符", "疑似假货", "没有防伪码", "缺少配件", "缺少说明书", "没有发票", "赠品没收到", "包装破损",
        "外箱压坏", "内件损坏", "碎了", "瓶子漏液", "盖子打不开", "拉链卡住", "扣子掉了", "鞋底开裂", "磨脚", "过敏", "起红疹",
        "皮肤刺痛", "长痘", "闷痘", "脸发红发痒", "用后干燥", "拔干", "搓泥", "卡粉", "脱妆", "不防水", "晕染", "颜色太深", "颜色太浅",
        "安装不上", "尺寸不合适", "放不下", "打孔位置不对", "螺丝孔对不上", "说明书看不懂", "不会使用", "设置不了", "激活失败",
        "账号登录不了", "绑定失败", "更新后变慢", "系统升级失败", "数据丢失", "照片丢了", "定位不准", "计步不准", "心率不准",
        "续航短", "待机时间短", "漏光", "有坏点", "画面模糊", "偏色", "对焦不准", "打印卡纸", "墨盒不识别", "出水小", "水压低",
        "密封不严", "保温效果差", "盖子漏水", "不粘涂层脱落", "锅底变形", "刀口卷刃", "筷子发霉", "植物枯萎", "叶子发黄", "花枯了",
    ];

    private static readonly string[] Logistics =
    [
        "快递一直没更新", "物流停在中转站", "显示签收但没收到", "被别人签收了", "快递员没打电话", "放在快递柜没通知", "驿站不给取件",
        "派送延迟", "超时未发货", "催了几次还没发", "预售一直不发货", "发货地址填错了", "想修改收货地址", "想改成自提", "快递丢件",
        "包裹被退回", "拒收后物流不动", "到付运费太贵", "偏远地区不发货", "冷链没冷藏", "冰袋全化了", "泡沫箱破了", "外包装湿了",
        "包裹被压扁", "分开发货只收到一个", "物流显示异常件", "海关查验", "清关延误", "清关失败", "身份证信息不符", "保税仓发货慢",
        "跨境包裹缴税", "送货上门收费", "大件不送上楼", "安装师傅没上门", "预约不上安装时间", "师傅迟到", "师傅乱收费",
        "上门取件没来", "退货快递没人收", "运费险没赔付", "退回地址不对", "寄回单号填错", "仓库说没收到退货", "中转站积压",
        "节假日停发", "疫情管控停运", "天气原因延误", "快递员态度差", "外卖柜超时收费", "同城配送超时", "次日达没有达",
    ];

    private static readonly string[] AfterSales =
    [
        "申请退款", "退货退款", "仅退款", "换货", "补发", "维修", "保修", "延保", "价保", "退差价", "部分退款", "全额退款", "赔偿",
        "投诉商家", "申请仲裁", "开发票", "换开发票", "增值税专票", "退款到账时间", "退款原路返回", "退到余额", "退款失败",
        "退款被拒绝", "售后超时", "七天无理由", "运费谁承担", "退货地址", "上门取件", "检测报告", "质检不通过", "过敏无忧",
        "以旧换新", "分期付款退款", "优惠券退回", "积分扣回", "赠品要退回吗", "会员权益", "定金不退", "尾款支付", "保价",
        "拼团失败退款", "订单被取消", "重复扣款", "支付失败", "货到付款", "改价", "催发货", "取消订单", "修改订单", "合并付款",
    ];

    private static readonly string[] Openers =
    [
        "顾客反馈", "用户来电说", "买家在聊天中说", "客户留言", "顾客投诉", "会员咨询", "买家追问", "客户在评价里说", "用户在直播间问",
        "顾客第二次来电", "老客户反映", "新用户咨询", "买家私信", "客户电话里说", "顾客在群里说",
    ];

    private static readonly string[] Times =
    [
        "", "", "", "昨天", "今天", "前天", "上周", "三天前", "刚刚", "收货当天", "用了一周", "用了一个月", "第一次使用", "拆封后",
        "双十一期间", "618期间", "过年前", "周末",
    ];

    private static readonly string[] Cities =
    [
        "上海", "北京", "杭州", "广州", "成都", "武汉", "西安", "南京", "深圳", "重庆", "苏州", "天津", "长沙", "郑州", "青岛", "沈阳",
        "宁波", "东莞", "无锡", "佛山", "合肥", "昆明", "福州", "厦门", "哈尔滨", "济南", "温州", "南宁", "长春", "泉州", "石家庄",
        "贵阳", "南昌", "金华", "常州", "嘉兴", "太原", "徐州", "惠州", "珠海", "中山", "台州", "烟台", "兰州", "绍兴", "海口", "扬州",
        "乌鲁木齐", "拉萨", "呼和浩特", "银川", "西宁", "三亚", "大理", "丽江", "桂林", "洛阳", "潍坊", "临沂", "唐山",
    ];

    private static readonly string[] Solutions =
    [
        "联系快递员核实投递位置，48小时内未找到则补发或退款", "请顾客拍照上传，补发新品或按比例退款", "建议停用并上传照片，美妆过敏走过敏无忧流程直接退款",
        "在订单页选择安装时间段，师傅上门安装后确认完工", "原路退回，快捷支付1到3个工作日，货到付款退到顾客指定账户", "在订单详情页申请电子发票，开具后发送到邮箱",
        "核对仓库出库记录，确认漏发后立即补发", "7天无理由换货，顾客寄回后仓库收货即发出新尺码", "生鲜质量问题拍照后全额退款",
        "指导顾客重置设备，仍有问题按保修政策换新", "核对订购人身份证信息与支付人一致后重新申报", "安排上门检测，确认质量问题免费维修或换新",
    ];

    private static readonly Lazy<string[]> Products = new(() =>
        DemoCatalog.Templates.SelectMany(t => t.Names).Concat(ExtraProducts).Distinct().ToArray());

    private static readonly Lazy<string[]> Brands = new(() =>
        DemoCatalog.Templates.SelectMany(t => t.Brands).Concat(ExtraBrands).Distinct().ToArray());

    private static readonly Lazy<Zipf> ProductDraw = new(() => new Zipf(Products.Value.Length));
    private static readonly Lazy<Zipf> BrandDraw = new(() => new Zipf(Brands.Value.Length));
    private static readonly Zipf PartDraw = new(Parts.Length);
    private static readonly Zipf FaultDraw = new(Faults.Length);
    private static readonly Zipf LogisticsDraw = new(Logistics.Length);
    private static readonly Zipf AfterSalesDraw = new(AfterSales.Length);
    private static readonly Zipf CityDraw = new(Cities.Length);

    /// <summary>Article or past case number <paramref name="n"/>: the same every run (seeded by its number).</summary>
    public static KnowledgeDocument Article(int n)
    {
        var random = new Random(n);
        var product = Products.Value[ProductDraw.Value.Next(random)];
        var brand = Brands.Value[BrandDraw.Value.Next(random)];
        var spec = Specs[random.Next(Specs.Length)];
        var fault = random.Next(4) == 0 ? Parts[PartDraw.Next(random)] + Faults[FaultDraw.Next(random)] : Faults[FaultDraw.Next(random)];
        var logistics = random.Next(3) == 0 ? "，" + Logistics[LogisticsDraw.Next(random)] : "";
        var ask = random.Next(2) == 0 ? "，要求" + AfterSales[AfterSalesDraw.Next(random)] : "";
        var problem = $"{Openers[random.Next(Openers.Length)]}{Times[random.Next(Times.Length)]}买的{brand}{product}{spec}{fault}{logistics}{ask}，收货地{Cities[CityDraw.Next(random)]}";
        var ticket = n % 10 < 7;
        return new KnowledgeDocument(n, ticket ? KnowledgeKind.ResolvedTicket : KnowledgeKind.Article,
            ticket ? $"工单 T{n:D7} {product}{fault}" : $"{product}{fault}怎么办",
            problem, Solutions[random.Next(Solutions.Length)], [brand, product], 0, 0);
    }

    /// <summary>What customers and agents type: a product and its fault, a logistics or after-sales question, sometimes both.</summary>
    public static string[] Queries(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => random.Next(10) switch
        {
            < 5 => $"{Products.Value[ProductDraw.Value.Next(random)]}{Faults[FaultDraw.Next(random)]}",
            < 7 => $"{Products.Value[ProductDraw.Value.Next(random)]} {Parts[PartDraw.Next(random)]}{Faults[FaultDraw.Next(random)]}",
            < 8 => Logistics[LogisticsDraw.Next(random)],
            < 9 => $"{Brands.Value[BrandDraw.Value.Next(random)]}{Products.Value[ProductDraw.Value.Next(random)]}{AfterSales[AfterSalesDraw.Next(random)]}",
            _ => $"{Faults[FaultDraw.Next(random)]}怎么{AfterSales[AfterSalesDraw.Next(random)]}",
        }).ToArray();
    }

    /// <summary>Draws a rank 0..n-1 with probability ∝ 1 / (rank + 1)^<see cref="Exponent"/>.</summary>
    private sealed class Zipf
    {
        private readonly double[] _cumulative;

        public Zipf(int n)
        {
            _cumulative = new double[n];
            var sum = 0.0;
            for (var i = 0; i < n; i++) _cumulative[i] = sum += 1 / Math.Pow(i + 1, Exponent);
            for (var i = 0; i < n; i++) _cumulative[i] /= sum;
        }

        public int Next(Random random)
        {
            var index = Array.BinarySearch(_cumulative, random.NextDouble());
            return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
        }
    }
}
