namespace CommerceOps.Domain.Service;

/// <summary>
/// What the assistant replies. <see cref="Sources"/> names the data fields the answer was read from
/// (e.g. <c>product.ingredients</c>, <c>product.attributes.保质期</c>, <c>shipment.promised_by</c>); an answer without
/// sources is a hand-over, and <see cref="Handover"/> then carries the conversation for the agent.
/// </summary>
public sealed record AssistantAnswer(
    string Text, string Language, QuestionTopic Topic, IReadOnlyList<string> Sources, AssistantHandover? Handover)
{
    public bool Answered => Handover is null;
}

/// <summary>The assistant does not know: an agent takes over with the reason and the whole conversation, the last question included.</summary>
public sealed record AssistantHandover(string Reason, IReadOnlyList<ConversationTurn> Conversation);
