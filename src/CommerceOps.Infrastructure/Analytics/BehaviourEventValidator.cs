using CommerceOps.Domain.Analytics;
using CommerceOps.Domain.Common;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// Checks an ingestion batch before anything is written, answering field-level errors keyed like
/// <c>events[3].type</c> (the shape of RFC 9457 validation problem details).
/// </summary>
public static class BehaviourEventValidator
{
    public const int MaxIdLength = 128;
    public const int MaxTextLength = 200;
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromDays(1);

    // A batch of 10,000 bad events would otherwise answer with a multi-megabyte error document.
    public const int MaxReportedErrors = 100;

    private static readonly string TypeList = string.Join(", ", BehaviourEventTypes.All.Order(StringComparer.Ordinal));
    private static readonly string PageTypeList = string.Join(", ", BehaviourEventTypes.PageTypes.Order(StringComparer.Ordinal));
    private static readonly string ChannelList = string.Join(", ", Channels.All.Order(StringComparer.Ordinal));

    public static Dictionary<string, string[]> Validate(BehaviourEventBatch? batch, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (batch?.Events is not { } events)
        {
            errors["events"] = ["The body needs an events array."];
            return errors;
        }
        if (events.Count == 0) errors["events"] = ["The batch is empty."];
        if (events.Count > BehaviourEventBatch.MaxEvents)
        {
            errors["events"] = [$"A batch holds at most {BehaviourEventBatch.MaxEvents} events; split it."];
            return errors;
        }
        for (var i = 0; i < events.Count && errors.Count < MaxReportedErrors; i++)
        {
            if (events[i] is { } e) ValidateEvent(e, $"events[{i}].", now, errors);
            else errors[$"events[{i}]"] = ["An event cannot be null."];
        }
        return errors;
    }

    private static void ValidateEvent(BehaviourEventInput e, string prefix, DateTimeOffset now, Dictionary<string, string[]> errors)
    {
        if (e.EventId is not { } id || id == Guid.Empty) errors[prefix + "eventId"] = ["A client-generated eventId is required."];
        if (e.OccurredAt is not { } at) errors[prefix + "occurredAt"] = ["occurredAt is required."];
        else if (at > now + MaxClockSkew) errors[prefix + "occurredAt"] = ["occurredAt is more than a day in the future."];

        if (e.Type is null || !BehaviourEventTypes.All.Contains(e.Type))
            errors[prefix + "type"] = [$"type must be one of {TypeList}."];
        if (e.Type == BehaviourEventTypes.PageView && e.PageType is null)
            errors[prefix + "pageType"] = ["pageType is required for page_view."];
        else if (e.PageType is not null && !BehaviourEventTypes.PageTypes.Contains(e.PageType))
            errors[prefix + "pageType"] = [$"pageType must be one of {PageTypeList}."];
        if (e.Channel is null || !Channels.All.Contains(e.Channel))
            errors[prefix + "channel"] = [$"channel must be one of {ChannelList}."];

        if (string.IsNullOrWhiteSpace(e.SessionId)) errors[prefix + "sessionId"] = ["sessionId is required."];
        if (string.IsNullOrWhiteSpace(e.CustomerId) && string.IsNullOrWhiteSpace(e.AnonymousId))
            errors[prefix + "customerId"] = ["customerId or anonymousId is required."];

        Bound(e.SessionId, MaxIdLength, prefix + "sessionId", errors);
        Bound(e.CustomerId, MaxIdLength, prefix + "customerId", errors);
        Bound(e.AnonymousId, MaxIdLength, prefix + "anonymousId", errors);
        Bound(e.Campaign, MaxTextLength, prefix + "campaign", errors);
        Bound(e.Sku, MaxIdLength, prefix + "sku", errors);
        Bound(e.Province, MaxTextLength, prefix + "province", errors);
        Bound(e.City, MaxTextLength, prefix + "city", errors);
        Bound(e.Device, MaxTextLength, prefix + "device", errors);
        if (e.Properties?.Problem is { } problem) errors[prefix + "properties"] = [problem];
    }

    private static void Bound(string? value, int maxLength, string key, Dictionary<string, string[]> errors)
    {
        if (value is not null && value.Length > maxLength && !errors.ContainsKey(key))
            errors[key] = [$"At most {maxLength} characters."];
    }
}
