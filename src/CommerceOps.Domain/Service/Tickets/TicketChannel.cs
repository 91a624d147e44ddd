namespace CommerceOps.Domain.Service.Tickets;

/// <summary>Where a ticket came from: a chat with the customer, an agent's note of a phone call, or the order page's "contact us".</summary>
public enum TicketChannel
{
    Chat,
    Phone,
    OrderPage,
}
