using System.Text.Json.Serialization;

namespace CommerceOps.Cli.Marketing;

/// <summary>The JSON <c>clv fit</c> writes: BG/NBD r, alpha, a, b and Gamma-Gamma p, q, v (null without a zbar column).</summary>
public sealed record ClvFitResult(
    [property: JsonPropertyName("r")] double R,
    [property: JsonPropertyName("alpha")] double Alpha,
    [property: JsonPropertyName("a")] double A,
    [property: JsonPropertyName("b")] double B,
    [property: JsonPropertyName("p")] double? P,
    [property: JsonPropertyName("q")] double? Q,
    [property: JsonPropertyName("v")] double? V);
