using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Service;

namespace CommerceOps.Domain.Tests.Service;

/// <summary>
/// Runs the assistant over the evaluation set (tests/CommerceOps.Domain.Tests/Service/assistant-eval.json) and reports its
/// accuracy; the test fails when accuracy falls below the set's threshold.
/// </summary>
public class AssistantAccuracyTests
{
    [Fact]
    public void Accuracy_on_the_evaluation_set_meets_the_threshold()
    {
        var set = AssistantEvaluationSet.Load();
        var assistant = new ServiceAssistant(ReturnPolicy.Default);
        var failures = new List<string>();
        foreach (var c in set.Cases)
        {
            var answer = assistant.Ask(c.Question, c.Product is null ? null : set.Products[c.Product], c.Order is null ? null : set.Orders[c.Order], [], set.Now);
            if (c.Mismatch(answer) is { } why) failures.Add($"[{c.Product ?? c.Order}] {c.Question} → {why}");
        }
        var accuracy = 1.0 - (double)failures.Count / set.Cases.Count;
        var chinese = set.Cases.Count(c => AssistantLanguage.Detect(c.Question) == AssistantLanguage.Chinese);
        var report = $"Assistant accuracy {accuracy:P1} ({set.Cases.Count - failures.Count}/{set.Cases.Count}; {chinese} zh-CN, " +
                     $"{set.Cases.Count - chinese} English, {set.Cases.Count(c => !c.Answered)} to hand over); threshold {set.Threshold:P0}";
        TestContext.Current.SendDiagnosticMessage(report);
        TestContext.Current.TestOutputHelper?.WriteLine(report + Environment.NewLine + string.Join(Environment.NewLine, failures));
        Assert.True(set.Cases.Count >= 200, "The evaluation set has at least 200 questions.");
        Assert.True(accuracy >= set.Threshold, report + Environment.NewLine + string.Join(Environment.NewLine, failures));
    }
}
