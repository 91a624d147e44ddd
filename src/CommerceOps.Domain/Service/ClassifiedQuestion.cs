namespace CommerceOps.Domain.Service;

/// <summary>A question with its language and topic; <see cref="Ingredient"/> is set for ingredient-presence questions.</summary>
public sealed record ClassifiedQuestion(string Text, string Language, QuestionTopic Topic, IngredientTarget? Ingredient = null);
