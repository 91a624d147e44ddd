namespace CommerceOps.Domain.Service;

/// <summary>
/// How ratings re-rank text relevance. Usefulness is the share of "helped" votes with one imaginary vote each way, so an
/// unrated article sits at 0.5 and a few votes move it only a little; the BM25 score is multiplied by 0.5 + usefulness,
/// so ratings can lift a result by half or sink it by half but never outweigh a much better text match.
/// </summary>
public static class KnowledgeRanking
{
    public static double Usefulness(int helpful, int unhelpful) => (helpful + 1.0) / (helpful + unhelpful + 2.0);

    public static double Score(double textScore, int helpful, int unhelpful) => textScore * (0.5 + Usefulness(helpful, unhelpful));
}
