using System.Text.Encodings.Web;
using System.Text.Json;

namespace CommerceOps.Infrastructure.Alerts;

/// <summary>How diagnoses and webhook bodies are written: snake_case, Chinese kept readable.</summary>
public static class AlertJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
