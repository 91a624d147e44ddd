using CommerceOps.Domain.Service;

namespace CommerceOps.Infrastructure.Service;

/// <summary>Answers a customer's question about a SKU and/or an order: loads their data, then asks the (pure) assistant.</summary>
public sealed class AssistantService(AssistantFacts facts, ServiceAssistant assistant, TimeProvider time)
{
    public const int MaxQuestionLength = 500;
    public const int MaxConversationTurns = 50;

    public async Task<AssistantAnswer> AskAsync(string question, string? skuCode, string? orderNumber, IReadOnlyList<ConversationTurn> history, CancellationToken ct)
    {
        var product = string.IsNullOrWhiteSpace(skuCode) ? null : await facts.ProductAsync(skuCode.Trim(), ct);
        var order = string.IsNullOrWhiteSpace(orderNumber) ? null : await facts.OrderAsync(orderNumber.Trim(), ct);
        return assistant.Ask(question, product, order, history, time.GetUtcNow());
    }
}
