using System.Text.RegularExpressions;

namespace CommerceOps.Domain.Service;

/// <summary>
/// Finds what a question asks about by its words. Requests the assistant must not answer win over everything; an
/// ingredient named in the question makes it a presence question; otherwise the longest matching topic term decides
/// (so "保修多久" is about warranty, not about how long something keeps).
/// </summary>
public static partial class QuestionClassifier
{
    public static ClassifiedQuestion Classify(string question)
    {
        var text = question.Trim().ToLowerInvariant();
        var language = AssistantLanguage.Detect(text);
        if (TopicVocabulary.DeclineTerms.Any(t => TermMatch.Contains(text, t)))
            return new(question, language, QuestionTopic.Declined);

        var (topic, topicLength) = BestTopic(text);
        if (FindIngredient(text) is { } ingredient && ingredient.Length >= topicLength)
            return new(question, language, QuestionTopic.IngredientPresence, ingredient.Target);
        if (topic == QuestionTopic.Unknown && AskedIngredient(text) is { } raw)
            return new(question, language, QuestionTopic.IngredientPresence, new IngredientTarget(null, raw));
        return new(question, language, topic);
    }

    private static (QuestionTopic Topic, int Length) BestTopic(string text)
    {
        var best = (QuestionTopic.Unknown, 0);
        foreach (var vocabulary in TopicVocabulary.All)
            foreach (var term in vocabulary.Terms)
                if (term.Length > best.Item2 && TermMatch.Contains(text, term)) best = (vocabulary.Topic, term.Length);
        return best;
    }

    /// <summary>A concept (alcohol, fragrance…) or glossary ingredient named in the question; the longer name wins.</summary>
    private static (IngredientTarget Target, int Length)? FindIngredient(string text)
    {
        (IngredientTarget, int)? best = null;
        foreach (var concept in IngredientConcept.All)
            foreach (var term in concept.QuestionTerms)
                if (term.Length > (best?.Item2 ?? 0) && TermMatch.Contains(text, term)) best = (new IngredientTarget(concept, null), term.Length);
        if (IngredientGlossary.Find(text) is { } named && named.Length > (best?.Item2 ?? 0))
            best = (new IngredientTarget(null, named.Chinese), named.Length);
        return best;
    }

    /// <summary>"含X吗 / 有没有添加X": the X of a Chinese presence question about an ingredient outside the glossary.</summary>
    private static string? AskedIngredient(string text)
    {
        var match = PresencePattern().Match(text);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"(?:含有|含不含|含|添加了|添加|加了|有没有加|有没有)(?<name>[\u4e00-\u9fff]{2,10}?)(?:成分|吗|么|嘛|没|呢|？|\?|$)")]
    private static partial Regex PresencePattern();
}
