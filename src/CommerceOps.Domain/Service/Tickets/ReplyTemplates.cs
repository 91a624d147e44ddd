namespace CommerceOps.Domain.Service.Tickets;

/// <summary>
/// The built-in replies, zh-CN and English: warm and personal — the customer's name, their order, the agent's own name,
/// what happens next and when — never a bare "your request has been received".
/// </summary>
public static class ReplyTemplates
{
    public static IReadOnlyList<ReplyTemplate> All { get; } =
    [
        new("greeting", "zh-CN", "首次回复",
            "{customer_name}您好，我是客服{agent_name}，很高兴为您服务～您的问题我已经记下（工单 {ticket_number}），会一直跟进到解决为止，有任何情况都可以直接找我。"),
        new("greeting", "en", "First reply",
            "Hi {customer_name}, this is {agent_name} from customer service. I have noted your question (ticket {ticket_number}) and will stay with it until it is solved — just reply here any time."),
        new("order-status", "zh-CN", "订单进度",
            "{customer_name}您好，我帮您查了订单 {order_number}，包裹正在路上，运单号 {tracking_number}。一有新进展我会第一时间告诉您，请放心～"),
        new("order-status", "en", "Order progress",
            "Hi {customer_name}, I checked order {order_number} for you: the parcel is on its way, tracking number {tracking_number}. I will let you know as soon as anything changes."),
        new("apology-damage", "zh-CN", "破损致歉",
            "{customer_name}，非常抱歉让您收到有问题的商品，给您添麻烦了！订单 {order_number} 我已为您优先处理，补发或退款您选一个最方便的方式，我来安排。"),
        new("apology-damage", "en", "Sorry for the damage",
            "{customer_name}, I am really sorry the item from order {order_number} arrived damaged. I have put it first in line: tell me whether you prefer a replacement or a refund and I will arrange it."),
        new("transfer", "zh-CN", "转交同事",
            "{customer_name}您好，为了更快解决您的问题，我请了更专业的同事协助处理，我也会继续关注工单 {ticket_number}，直到您满意为止。"),
        new("transfer", "en", "Handing over",
            "Hi {customer_name}, to solve this faster I have asked a colleague who specialises in it to help. I stay on ticket {ticket_number} myself until you are happy with the outcome."),
        new("resolved", "zh-CN", "问题已解决",
            "{customer_name}，您的问题已经处理好啦～如果还有任何不满意，直接回复这条消息，我（{agent_name}）会马上接着帮您。祝您生活愉快！"),
        new("resolved", "en", "Solved",
            "{customer_name}, this is now sorted. If anything is still not right, simply reply to this message and I ({agent_name}) will pick it up straight away. Have a lovely day!"),
    ];

    public static ReplyTemplate? Find(string code, string language) =>
        All.FirstOrDefault(t => t.Code == code && string.Equals(t.Language, language, StringComparison.OrdinalIgnoreCase));
}
