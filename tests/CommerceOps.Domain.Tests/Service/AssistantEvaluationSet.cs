using System.Text.Json;
using System.Text.Json.Serialization;
using CommerceOps.Domain.Service;

namespace CommerceOps.Domain.Tests.Service;

/// <summary>The evaluation set in assistant-eval.json: fixtures (products, orders), the clock, and the cases with their expected outcome.</summary>
public sealed record AssistantEvaluationSet(
    double Threshold, DateTimeOffset Now, Dictionary<string, ProductFacts> Products, Dictionary<string, OrderFacts> Orders, List<EvaluationCase> Cases)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    public static AssistantEvaluationSet Load() =>
        JsonSerializer.Deserialize<AssistantEvaluationSet>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Service", "assistant-eval.json")), Json)!;
}

public sealed record EvaluationCase(
    string Question, string? Product, string? Order, bool Answered, QuestionTopic? Topic, List<string>? Contains, List<string>? Sources)
{
    /// <summary>Why the answer does not meet the expectation, or null when it does.</summary>
    public string? Mismatch(AssistantAnswer answer)
    {
        if (answer.Answered != Answered)
            return Answered ? $"handed over ({answer.Handover!.Reason})" : $"answered \"{answer.Text}\" instead of handing over";
        if (!Answered) return null;
        if (Topic is { } topic && answer.Topic != topic) return $"topic {answer.Topic}, expected {topic}: \"{answer.Text}\"";
        foreach (var fragment in Contains ?? [])
            if (!fragment.Split('|').Any(f => answer.Text.Contains(f, StringComparison.OrdinalIgnoreCase)))
                return $"\"{answer.Text}\" lacks \"{fragment}\"";
        foreach (var source in Sources ?? [])
            if (!answer.Sources.Contains(source)) return $"sources [{string.Join(", ", answer.Sources)}] lack {source}: \"{answer.Text}\"";
        return null;
    }
}
