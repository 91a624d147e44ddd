using CommerceOps.Domain.Logistics;
using CommerceOps.Domain.Ordering;

namespace CommerceOps.Server.Ordering;

/// <summary>
/// The delivery promise stored on an order: leave the warehouse by <see cref="ShipBy"/>, arrive within
/// [<see cref="DeliverFrom"/>, <see cref="DeliverBy"/>); the sentence the storefront shows, in Chinese and English.
/// </summary>
public sealed record DeliveryPromiseView(ServiceLevel Level, DateTimeOffset? ShipBy, DateTimeOffset DeliverFrom, DateTimeOffset DeliverBy, bool SameDay, string Text, string TextEn)
{
    public static DeliveryPromiseView? From(Order o) =>
        o.PromiseLevel is { } level && o.PromisedFrom is { } from && o.PromisedBy is { } by && o.ShipBy is { } shipBy
            ? From(new DeliveryPromise(level, "", shipBy, from, by, SameDay: by - from < TimeSpan.FromDays(1)), o.PlacedAt)
            : null;

    public static DeliveryPromiseView From(DeliveryPromise p, DateTimeOffset orderedAt) =>
        new(p.Level, p.ShipBy, p.DeliverFrom, p.DeliverBy, p.SameDay, p.TextZh(orderedAt), p.TextEn());
}
