using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>Source-generated JSON metadata for the ingestion path, which reads millions of events and should not pay for reflection.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(BehaviourEventBatch))]
[JsonSerializable(typeof(BehaviourEventsAccepted))]
public sealed partial class AnalyticsJsonContext : JsonSerializerContext;
