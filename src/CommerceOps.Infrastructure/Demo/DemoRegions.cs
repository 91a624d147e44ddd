namespace CommerceOps.Infrastructure.Demo;

/// <summary>A city the demo store ships to, with two real districts, its share of customers and its cash-on-delivery rate.</summary>
public sealed record DemoCity(string Province, string City, string[] Districts, double Weight, double CashOnDeliveryRate);

/// <summary>
/// Provinces and cities weighted roughly by online retail volume. Lower-tier markets pay cash on delivery more
/// often (货到付款), which is why the rate differs; together they give about 8% of orders.
/// </summary>
public static class DemoRegions
{
    private const double TierOneCod = 0.05;
    private const double OtherCod = 0.115;

    public static readonly DemoCity[] Cities =
    [
        new("广东", "广州", ["天河区", "越秀区"], 6, TierOneCod),
        new("广东", "深圳", ["南山区", "福田区"], 6, TierOneCod),
        new("广东", "佛山", ["禅城区", "南海区"], 2.5, TierOneCod),
        new("浙江", "杭州", ["西湖区", "余杭区"], 5, TierOneCod),
        new("浙江", "宁波", ["鄞州区", "海曙区"], 2.5, TierOneCod),
        new("浙江", "温州", ["鹿城区", "瓯海区"], 2, TierOneCod),
        new("江苏", "南京", ["鼓楼区", "江宁区"], 3.5, TierOneCod),
        new("江苏", "苏州", ["姑苏区", "吴中区"], 4, TierOneCod),
        new("江苏", "无锡", ["梁溪区", "滨湖区"], 2, TierOneCod),
        new("上海", "上海", ["浦东新区", "徐汇区"], 7, TierOneCod),
        new("北京", "北京", ["朝阳区", "海淀区"], 6.5, TierOneCod),
        new("山东", "济南", ["历下区", "市中区"], 2.5, OtherCod),
        new("山东", "青岛", ["市南区", "崂山区"], 2.5, OtherCod),
        new("四川", "成都", ["武侯区", "锦江区"], 4, OtherCod),
        new("四川", "绵阳", ["涪城区", "游仙区"], 1, OtherCod),
        new("河南", "郑州", ["金水区", "二七区"], 3, OtherCod),
        new("河南", "洛阳", ["西工区", "洛龙区"], 1.2, OtherCod),
        new("湖北", "武汉", ["洪山区", "江汉区"], 3.5, OtherCod),
        new("湖北", "宜昌", ["西陵区", "伍家岗区"], 0.8, OtherCod),
        new("福建", "福州", ["鼓楼区", "仓山区"], 2, OtherCod),
        new("福建", "厦门", ["思明区", "湖里区"], 2, OtherCod),
        new("湖南", "长沙", ["岳麓区", "雨花区"], 2.8, OtherCod),
        new("河北", "石家庄", ["长安区", "桥西区"], 1.6, OtherCod),
        new("河北", "保定", ["竞秀区", "莲池区"], 1, OtherCod),
        new("安徽", "合肥", ["蜀山区", "包河区"], 2.2, OtherCod),
        new("陕西", "西安", ["雁塔区", "碑林区"], 2.5, OtherCod),
        new("重庆", "重庆", ["渝中区", "江北区"], 3, OtherCod),
        new("辽宁", "沈阳", ["和平区", "浑南区"], 1.6, OtherCod),
        new("辽宁", "大连", ["中山区", "甘井子区"], 1.2, OtherCod),
        new("广西", "南宁", ["青秀区", "西乡塘区"], 1.4, OtherCod),
        new("云南", "昆明", ["五华区", "盘龙区"], 1.4, OtherCod),
        new("江西", "南昌", ["东湖区", "红谷滩区"], 1.3, OtherCod),
        new("黑龙江", "哈尔滨", ["南岗区", "道里区"], 1.2, OtherCod),
        new("贵州", "贵阳", ["云岩区", "观山湖区"], 1, OtherCod),
        new("甘肃", "兰州", ["城关区", "七里河区"], 0.7, OtherCod),
        new("山西", "太原", ["小店区", "迎泽区"], 1, OtherCod),
    ];

    public static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蔡", "蒋", "余",
    ];

    public static readonly string[] GivenNameCharacters =
    [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平",
        "刚", "桂", "英", "华", "玉", "萍", "红", "鹏", "辉", "婷", "欣", "宇", "浩", "雪", "琳", "晨", "子", "涵", "睿", "怡",
    ];

    public static readonly string[] Roads = ["人民路", "中山路", "解放路", "建设路", "和平路", "长江路", "新华路", "科技路", "文化路", "滨江路"];

    public static readonly string[] MobilePrefixes = ["138", "139", "136", "137", "150", "151", "158", "186", "187", "189", "177", "199"];
}
