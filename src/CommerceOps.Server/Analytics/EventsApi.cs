using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Analytics;

/// <summary>
/// Behaviour-event ingestion: storefronts post batches that go straight into DuckDB through its appender.
/// A batch is validated as a whole first, so an invalid event means nothing of the batch is stored.
/// </summary>
public static class EventsApi
{
    /// <summary>10,000 events of about 1 KiB each, with room to spare.</summary>
    public const long MaxBodyBytes = 16 * 1024 * 1024;

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/events").WithTags("Analytics");
        group.MapPost("", IngestAsync)
            .WithName("IngestBehaviourEvents")
            .WithSummary("Ingest a batch of behaviour events (page views, searches, add to cart, ad clicks…).")
            .Accepts<BehaviourEventBatch>("application/json")
            .Produces<BehaviourEventsAccepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .RequireRoles(Roles.Storefront);
        return app;
    }

    private static async Task<IResult> IngestAsync(HttpRequest request, AnalyticsStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, detail: "Send the batch as application/json.");

        BehaviourEventBatch? batch;
        try
        {
            // Straight from the request pipe with source-generated metadata: no intermediate copy of the body.
            batch = await JsonSerializer.DeserializeAsync(request.BodyReader, AnalyticsJsonContext.Default.BehaviourEventBatch, cancellationToken);
        }
        catch (JsonException ex)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                [FieldKey(ex.Path)] = ["The body is not valid JSON for this field, or has the wrong type."],
            });
        }

        var errors = BehaviourEventValidator.Validate(batch, time.GetUtcNow());
        if (errors.Count > 0) return Results.ValidationProblem(errors);

        var accepted = await store.AppendBehaviourEventsAsync(batch!.Events!, cancellationToken);
        return Results.Json(new BehaviourEventsAccepted(accepted), AnalyticsJsonContext.Default.BehaviourEventsAccepted,
            statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>"$.events[3].occurredAt" → "events[3].occurredAt"; the whole body when the parser could not say.</summary>
    private static string FieldKey(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;
}
