using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommerceOps.Infrastructure.Marketing;

/// <summary>
/// How promotion rules are written as JSON, in the store and on the wire: camelCase names, snake_case enums,
/// the benefit's "type" discriminator anywhere in its object.
/// </summary>
public static class PromotionJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowOutOfOrderMetadataProperties = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };
}
