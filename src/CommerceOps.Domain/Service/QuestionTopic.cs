namespace CommerceOps.Domain.Service;

/// <summary>What a question asks about. Product topics read the product's data; order topics read the order and its shipment.</summary>
public enum QuestionTopic
{
    Unknown,
    IngredientPresence,
    IngredientList,
    Size,
    Weight,
    ShelfLife,
    Storage,
    Origin,
    Warranty,
    EnergyGrade,
    Power,
    Capacity,
    Installation,
    OrderStatus,
    DeliveryPromise,
    Tracking,
    ReturnEligibility,
    /// <summary>A question the assistant must not answer from data (medical advice, comparisons, a request for a person).</summary>
    Declined,
}

public static class QuestionTopics
{
    public static bool IsOrderTopic(this QuestionTopic topic) =>
        topic is QuestionTopic.OrderStatus or QuestionTopic.DeliveryPromise or QuestionTopic.Tracking or QuestionTopic.ReturnEligibility;
}
