using System.Text.Json;

namespace CommerceOps.Domain.Common;

/// <summary>The snake_case names enums have on the wire, in events and in the analytics store ("CodConfirmed" → "cod_confirmed").</summary>
public static class WireNames
{
    public static string ToWire<T>(this T value) where T : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static bool TryParseWire<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        foreach (var candidate in Enum.GetValues<T>())
            if (string.Equals(candidate.ToWire(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        return false;
    }
}
