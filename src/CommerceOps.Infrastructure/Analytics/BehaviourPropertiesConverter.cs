using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// Reads a properties object in one pass: copies it to compact JSON for the store, extracts
/// <c>page_load_ms</c>, and notes (rather than throws on) shapes the store does not accept, so the caller
/// gets a field-level validation error.
/// </summary>
public sealed class BehaviourPropertiesConverter : JsonConverter<BehaviourProperties>
{
    // Chinese text stays readable in the store instead of becoming \uXXXX escapes.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;

    public override BehaviourProperties Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("properties must be a JSON object.");
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        writer.WriteStartObject();
        var count = 0;
        int? pageLoadMs = null;
        string? problem = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            count++;
            var isPageLoad = reader.ValueTextEquals(BehaviourProperties.PageLoadMsKey);
            if (reader.ValueSpan.Length > BehaviourProperties.MaxKeyLength)
                problem ??= $"Property names are at most {BehaviourProperties.MaxKeyLength} characters.";
            if (reader.ValueIsEscaped) writer.WritePropertyName(reader.GetString()!);
            else writer.WritePropertyName(reader.ValueSpan);
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    if (reader.ValueSpan.Length > BehaviourProperties.MaxValueLength)
                        problem ??= $"Property values are at most {BehaviourProperties.MaxValueLength} characters.";
                    if (reader.ValueIsEscaped) writer.WriteStringValue(reader.GetString());
                    else writer.WriteStringValue(reader.ValueSpan);
                    if (isPageLoad && int.TryParse(reader.ValueSpan, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)) pageLoadMs = parsed;
                    break;
                case JsonTokenType.Number:
                    writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                    if (isPageLoad && reader.TryGetInt32(out var number)) pageLoadMs = number;
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    writer.WriteBooleanValue(reader.GetBoolean());
                    break;
                case JsonTokenType.Null:
                    writer.WriteNullValue();
                    break;
                default:
                    problem ??= "Property values must be strings, numbers, booleans or null.";
                    reader.Skip();
                    writer.WriteNullValue();
                    break;
            }
        }
        if (count > BehaviourProperties.MaxCount) problem ??= $"At most {BehaviourProperties.MaxCount} properties.";
        writer.WriteEndObject();
        writer.Flush();
        return new BehaviourProperties(Encoding.UTF8.GetString(buffer.WrittenSpan), count, pageLoadMs, problem);
    }

    public override void Write(Utf8JsonWriter writer, BehaviourProperties value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Json, skipInputValidation: true);
}
