using CommerceOps.Infrastructure.Analytics;

namespace CommerceOps.Infrastructure.Marketing.Content;

/// <summary>Appends content touches to the analytics store's <c>content_touches</c> table through DuckDB's appender.</summary>
public sealed class ContentTouchLog(AnalyticsStore store)
{
    public Task<int> AppendAsync(IReadOnlyList<ContentTouch> touches, CancellationToken cancellationToken) =>
        store.WriteAsync(connection =>
        {
            using var appender = connection.CreateAppender("content_touches");
            foreach (var t in touches)
            {
                appender.CreateRow()
                    .AppendValue(t.EventId)
                    .AppendValue(t.OccurredAt.UtcDateTime)
                    .AppendValue(t.ContentId)
                    .AppendValue(t.ContentType)
                    .AppendValue(t.Action)
                    .AppendValue(t.CustomerId)
                    .AppendValue(t.AnonymousId)
                    .AppendValue(t.SessionId)
                    .AppendValue(t.Channel)
                    .EndRow();
            }
            return touches.Count;
        }, cancellationToken);
}
