namespace CommerceOps.Domain.Service;

/// <summary>
/// The ingredient a presence question asks about: a concept with synonyms (alcohol), one named ingredient (甘油), or —
/// for "含X吗" about a name outside both — the raw name as the customer wrote it.
/// </summary>
public sealed record IngredientTarget(IngredientConcept? Concept, string? Ingredient)
{
    public string Name(string language) =>
        Concept is { } c ? AssistantLanguage.Say(language, c.NameZh, c.NameEn)
        : language == AssistantLanguage.English ? IngredientGlossary.EnglishFor(Ingredient!) : Ingredient!;

    /// <summary>The listed ingredients that are this target: exact names for a concept, the name itself (or containing it) otherwise.</summary>
    public IReadOnlyList<string> FindIn(IReadOnlyList<string> ingredients)
    {
        if (Concept is { } concept)
            return ingredients.Where(i => concept.IngredientNames.Contains(i.Trim(), StringComparer.OrdinalIgnoreCase)).ToList();
        return ingredients.Where(i => i.Trim() == Ingredient || (Ingredient!.Length >= 2 && i.Contains(Ingredient, StringComparison.OrdinalIgnoreCase))).ToList();
    }
}
