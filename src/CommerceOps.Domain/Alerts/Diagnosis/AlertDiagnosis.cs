namespace CommerceOps.Domain.Alerts.Diagnosis;

/// <summary>
/// What was found when a rule turned yellow or red: the breakdown values that explain most of the change, best first,
/// and the rule checks that apply to the metric. Stored with the alert as JSON (docs/alerts.md).
/// </summary>
public sealed record AlertDiagnosis(
    string Metric, string? Step, DateTimeOffset WindowFrom, DateTimeOffset WindowTo, double? Value, double? Baseline,
    IReadOnlyList<DiagnosisExplanation> Explanations, IReadOnlyList<DiagnosisCheck> Checks);

/// <summary>
/// One breakdown value. <paramref name="Contribution"/> is its part of the change in the metric's numerator (yuan,
/// visitors, converted sessions…) against what it would have been at its baseline; <paramref name="ShareOfChange"/> that
/// part over the whole change; <paramref name="ShareOfVolume"/> its share of the traffic (or of the baseline for counts);
/// <paramref name="Score"/> = share of change − share of volume: how much more of the change it explains than its size would.
/// </summary>
public sealed record DiagnosisExplanation(
    string Dimension, string Value, double? Current, double? Baseline, double CurrentVolume, double Contribution,
    double ShareOfChange, double ShareOfVolume, double Score);

/// <summary>A rule check's verdict (<c>ok</c> or <c>suspect</c>) with the numbers behind it.</summary>
public sealed record DiagnosisCheck(string Check, string Subject, string Verdict, double? Current, double? Baseline, string Detail)
{
    public const string Ok = "ok";
    public const string Suspect = "suspect";
}
