namespace CommerceOps.Domain.Service;

/// <summary>The assistant answers in the language it was asked in: any Chinese character makes a question zh-CN.</summary>
public static class AssistantLanguage
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static string Detect(string question)
    {
        foreach (var c in question)
            if (c is >= '\u4e00' and <= '\u9fff') return Chinese;
        return English;
    }

    /// <summary>Picks the sentence for the question's language.</summary>
    public static string Say(string language, string chinese, string english) => language == Chinese ? chinese : english;
}
