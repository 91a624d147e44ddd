using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace CommerceOps.Domain.Marketing.Lifetime;

/// <summary>
/// Maximises a log-likelihood over strictly positive parameters: Nelder–Mead on their logarithms (so no bound is ever
/// crossed), restarted from its own answer until a restart no longer improves it, because a simplex can stall early.
/// </summary>
public static class MaximumLikelihood
{
    private const double Tolerance = 1e-10;
    private const int MaxIterations = 20_000;
    private const int MaxRestarts = 10;

    public static double[] FitPositive(Func<double[], double> logLikelihood, double[] start)
    {
        var objective = ObjectiveFunction.Value(logs =>
        {
            var value = logLikelihood(logs.Select(l => Math.Exp(l)).ToArray());
            return double.IsFinite(value) ? -value : double.MaxValue;
        });
        var current = Vector<double>.Build.DenseOfEnumerable(start.Select(s => Math.Log(s)));
        var best = double.MaxValue;
        for (var restart = 0; restart < MaxRestarts; restart++)
        {
            var result = NelderMeadSimplex.Minimum(objective, current, Tolerance, MaxIterations);
            current = result.MinimizingPoint;
            if (best - result.FunctionInfoAtMinimum.Value < 1e-9) break;
            best = result.FunctionInfoAtMinimum.Value;
        }
        return current.Select(l => Math.Exp(l)).ToArray();
    }
}
