using System.Globalization;

namespace CommerceOps.Domain.Logistics;

/// <summary>
/// What the customer is promised at checkout: the parcel leaves by <see cref="ShipBy"/> (the warehouse cut-off of the
/// ship day) and arrives within [<see cref="DeliverFrom"/>, <see cref="DeliverBy"/>). A date promise runs to the end of
/// the promised day (midnight China time), a same-day promise to the end of its afternoon window.
/// </summary>
public sealed record DeliveryPromise(
    ServiceLevel Level, string WarehouseCode, DateTimeOffset ShipBy, DateTimeOffset DeliverFrom, DateTimeOffset DeliverBy, bool SameDay)
{
    /// <summary>The sentence shown at checkout, in Chinese: "今天下午 14:00–18:00 送达" / "预计明天11月27日（周五）送达".</summary>
    public string TextZh(DateTimeOffset orderedAt)
    {
        var from = DeliverFrom.ToOffset(DeliveryPromiseRules.ChinaOffset);
        var by = DeliverBy.ToOffset(DeliveryPromiseRules.ChinaOffset);
        if (SameDay)
            return string.Create(CultureInfo.InvariantCulture, $"今天下午 {from:HH:mm}–{by:HH:mm} 送达");
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        var day = DateOnly.FromDateTime(from.DateTime);
        var today = DateOnly.FromDateTime(orderedAt.ToOffset(DeliveryPromiseRules.ChinaOffset).DateTime);
        var relative = (day.DayNumber - today.DayNumber) switch { 1 => "明天", 2 => "后天", _ => "" };
        return $"预计{relative}{from.ToString("M月d日（ddd）", zh)}送达";
    }

    /// <summary>The same sentence in English.</summary>
    public string TextEn()
    {
        var from = DeliverFrom.ToOffset(DeliveryPromiseRules.ChinaOffset);
        var by = DeliverBy.ToOffset(DeliveryPromiseRules.ChinaOffset);
        return SameDay
            ? string.Create(CultureInfo.InvariantCulture, $"Delivered this afternoon, {from:HH:mm}–{by:HH:mm}")
            : string.Create(CultureInfo.InvariantCulture, $"Delivered by {from:ddd d MMM}");
    }
}
