using System.Text.Json.Serialization;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// One behaviour event as a storefront sends it. Everything is nullable so that a missing field becomes a
/// field-level validation error (<see cref="BehaviourEventValidator"/>) instead of a parse failure; once
/// validated it is appended as is (see <see cref="Domain.Analytics.BehaviourEvent"/> for the meaning of the fields).
/// </summary>
public sealed class BehaviourEventInput
{
    public Guid? EventId { get; set; }
    public DateTimeOffset? OccurredAt { get; set; }
    public string? Type { get; set; }
    public string? SessionId { get; set; }
    public string? CustomerId { get; set; }
    public string? AnonymousId { get; set; }
    public string? Channel { get; set; }
    public string? Campaign { get; set; }
    public string? PageType { get; set; }
    public string? Sku { get; set; }
    public string? Province { get; set; }
    public string? City { get; set; }
    public string? Device { get; set; }

    [JsonConverter(typeof(BehaviourPropertiesConverter))]
    public BehaviourProperties? Properties { get; set; }
}
