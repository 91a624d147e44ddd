using CommerceOps.Domain.AfterSales;

namespace CommerceOps.Domain.Service;

/// <summary>
/// The customer-facing assistant: answers from structured product and order data, in the question's language, and
/// names the fields it read. What it cannot answer from data — or must not answer, like medical advice — it hands to
/// an agent together with the conversation so far.
/// </summary>
public sealed class ServiceAssistant(ReturnPolicy policy)
{
    private readonly OrderAnswerer _orders = new(policy);

    public AssistantAnswer Ask(string question, ProductFacts? product, OrderFacts? order, IReadOnlyList<ConversationTurn> history, DateTimeOffset now)
    {
        var q = QuestionClassifier.Classify(question);
        AssistantAnswer HandOver(string reason) => Handover(q, history, reason);
        var l = q.Language;

        return q.Topic switch
        {
            QuestionTopic.Declined => HandOver(AssistantLanguage.Say(l, "这个问题需要人工客服解答", "this question needs a person")),
            QuestionTopic.Unknown => HandOver(AssistantLanguage.Say(l, "没有理解这个问题", "the question was not understood")),
            _ when q.Topic.IsOrderTopic() => order is null
                ? HandOver(AssistantLanguage.Say(l, "需要订单号才能查询", "an order number is needed"))
                : _orders.Answer(q, order, now, HandOver),
            _ => product is null
                ? HandOver(AssistantLanguage.Say(l, "需要知道是哪件商品", "the product is not known"))
                : ProductAnswerer.Answer(q, product, HandOver),
        };
    }

    private static AssistantAnswer Handover(ClassifiedQuestion q, IReadOnlyList<ConversationTurn> history, string reason)
    {
        var text = AssistantLanguage.Say(q.Language,
            $"抱歉，这个问题我无法从商品和订单资料中确认（{reason}），已为您转接人工客服，对话记录会一并转给客服。",
            $"Sorry, I can't confirm that from the product and order data ({reason}). I'm handing you over to an agent, together with our conversation.");
        var conversation = history.Append(new ConversationTurn(ConversationTurn.Customer, q.Text))
            .Append(new ConversationTurn(ConversationTurn.Assistant, text)).ToList();
        return new AssistantAnswer(text, q.Language, q.Topic, [], new AssistantHandover(reason, conversation));
    }
}
