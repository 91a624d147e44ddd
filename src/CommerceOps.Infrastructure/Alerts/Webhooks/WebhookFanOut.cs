using System.Text.Json;
using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Alerts.Webhooks;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Alerts.Webhooks;

/// <summary>
/// Turns the <see cref="AlertRaised"/> and <see cref="AlertClosed"/> events in the outbox into one pending delivery per
/// active subscription, in one transaction with the advance of its own outbox cursor: an event is queued exactly once
/// (and a unique index on subscription + event backs that). A subscription receives events that happened after it was made.
/// </summary>
public sealed class WebhookFanOut(CommerceDbContext db, UnitOfWork unitOfWork, TimeProvider time)
{
    private static readonly string[] Types = [nameof(AlertRaised), nameof(AlertClosed)];

    /// <summary>Returns the number of deliveries queued.</summary>
    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async ct =>
        {
            var cursor = await db.WebhookCursors.FirstOrDefaultAsync(c => c.Name == WebhookCursor.AlertsName, ct);
            if (cursor is null)
            {
                cursor = new WebhookCursor { Name = WebhookCursor.AlertsName };
                db.WebhookCursors.Add(cursor);
            }
            var last = cursor.LastOutboxId;
            var upTo = await db.Outbox.MaxAsync(m => (long?)m.Id, ct) ?? 0;
            if (upTo <= last) return 0;
            var events = await db.Outbox.AsNoTracking().Where(m => m.Id > last && m.Id <= upTo && Types.Contains(m.Type)).OrderBy(m => m.Id).ToListAsync(ct);
            var subscriptions = events.Count == 0 ? [] : await db.WebhookSubscriptions.AsNoTracking().Where(s => s.Active).ToListAsync(ct);
            var queued = 0;
            var now = time.GetUtcNow();
            foreach (var message in events)
            {
                var body = Body(message);
                foreach (var subscription in subscriptions.Where(s => s.CreatedAt <= message.OccurredAt))
                {
                    db.WebhookDeliveries.Add(new WebhookDelivery(subscription.Id, message.EventId, message.Type, body, now));
                    queued++;
                }
            }
            cursor.LastOutboxId = upTo;
            return queued;
        }, cancellationToken);

    /// <summary>The delivery body: the event's id and type, when it happened, and the alert as the event describes it.</summary>
    private static string Body(OutboxMessage message)
    {
        using var payload = JsonDocument.Parse(message.Payload);
        string? Text(string name) => payload.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()
            : payload.RootElement.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } w ? w.GetString() : null;
        var body = new WebhookBody(
            message.EventId,
            message.Type == nameof(AlertRaised) ? "alert.raised" : "alert.closed",
            message.OccurredAt,
            new WebhookAlert(Text("source") ?? "", Text("key") ?? "", Text("level")?.ToLowerInvariant(), Text("title")));
        return JsonSerializer.Serialize(body, AlertJson.Options);
    }
}

public sealed record WebhookBody(Guid Id, string Type, DateTimeOffset OccurredAt, WebhookAlert Alert);

public sealed record WebhookAlert(string Source, string Key, string? Level, string? Title);
