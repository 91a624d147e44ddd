namespace CommerceOps.Domain.Service;

/// <summary>One message of a conversation, as handed to an agent: who spoke ("customer" or "assistant") and what was said.</summary>
public sealed record ConversationTurn(string Speaker, string Text)
{
    public const string Customer = "customer";
    public const string Assistant = "assistant";
}
