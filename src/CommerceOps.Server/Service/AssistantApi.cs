using CommerceOps.Domain.Service;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Service;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Service;

public static class AssistantApi
{
    public sealed record Turn(string? Speaker, string? Text);

    public sealed record AskRequest(string? Question, string? Sku, string? OrderNumber, List<Turn>? Conversation);

    public sealed record HandoverView(string Reason, IReadOnlyList<ConversationTurn> Conversation);

    public sealed record AnswerView(string Answer, string Language, QuestionTopic Topic, bool Answered, IReadOnlyList<string> Sources, HandoverView? Handover);

    public static void MapAssistantApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/assistant").WithTags("Assistant");

        group.MapPost("/ask", async (AskRequest request, AssistantService assistant, CancellationToken ct) =>
        {
            Validate(request);
            var history = (request.Conversation ?? []).Select(t => new ConversationTurn(t.Speaker!, t.Text!)).ToList();
            var answer = await assistant.AskAsync(request.Question!, request.Sku, request.OrderNumber, history, ct);
            return new AnswerView(answer.Text, answer.Language, answer.Topic, answer.Answered, answer.Sources,
                answer.Handover is { } h ? new HandoverView(h.Reason, h.Conversation) : null);
        }).RequireRoles(Roles.Storefront, Roles.Service);
    }

    private static void Validate(AskRequest r)
    {
        var v = new RequestValidation()
            .Text(r.Question, "question", AssistantService.MaxQuestionLength)
            .Text(r.Sku, "sku", 64, required: false)
            .Text(r.OrderNumber, "orderNumber", 64, required: false)
            .Require(r.Conversation is null || r.Conversation.Count <= AssistantService.MaxConversationTurns, "conversation",
                $"A conversation has at most {AssistantService.MaxConversationTurns} turns.");
        for (var i = 0; i < Math.Min(r.Conversation?.Count ?? 0, AssistantService.MaxConversationTurns); i++)
        {
            var t = r.Conversation![i];
            v.Require(t.Speaker is ConversationTurn.Customer or ConversationTurn.Assistant, $"conversation[{i}].speaker", "speaker is customer or assistant.")
                .Text(t.Text, $"conversation[{i}].text", AssistantService.MaxQuestionLength * 4);
        }
        v.ThrowIfAny();
    }
}
