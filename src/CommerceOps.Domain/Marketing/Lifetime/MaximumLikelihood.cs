namespace CommerceOps.Domain.Marketing.Lifetime;

/// <summary>
/// Maximises a log-likelihood over strictly positive parameters: Nelder–Mead on their logarithms (so no bound is ever
/// crossed), restarted from its own answer until a restart no longer improves it, because a simplex can stall early.
/// Where the maximum lies at a boundary (a parameter running off to infinity, as b does when no customer is seen to
/// drop out) the search stops after a fixed number of steps with the best point found, instead of failing.
/// </summary>
public static class MaximumLikelihood
{
    private const double Tolerance = 1e-11;
    private const int MaxIterations = 5_000;
    private const int MaxRestarts = 8;

    public static double[] FitPositive(Func<double[], double> logLikelihood, double[] start)
    {
        double Objective(double[] logs)
        {
            var value = logLikelihood(logs.Select(l => Math.Exp(l)).ToArray());
            return double.IsFinite(value) ? -value : double.MaxValue;
        }
        var current = start.Select(s => Math.Log(s)).ToArray();
        var best = double.MaxValue;
        for (var restart = 0; restart < MaxRestarts; restart++)
        {
            (current, var value) = NelderMead(Objective, current);
            if (best - value < 1e-9 * Math.Max(1, Math.Abs(value))) break;
            best = value;
        }
        return current.Select(l => Math.Exp(l)).ToArray();
    }

    /// <summary>The standard simplex (reflection 1, expansion 2, contraction ½, shrink ½) from a unit simplex around the start.</summary>
    private static (double[] Point, double Value) NelderMead(Func<double[], double> f, double[] start)
    {
        var n = start.Length;
        var points = new double[n + 1][];
        var values = new double[n + 1];
        for (var i = 0; i <= n; i++)
        {
            points[i] = (double[])start.Clone();
            if (i > 0) points[i][i - 1] += 0.5;
            values[i] = f(points[i]);
        }
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var order = Enumerable.Range(0, n + 1).OrderBy(i => values[i]).ToArray();
            points = order.Select(i => points[i]).ToArray();
            values = order.Select(i => values[i]).ToArray();
            if (Math.Abs(values[n] - values[0]) <= Tolerance * (Math.Abs(values[0]) + Math.Abs(values[n]) + 1e-30)) break;

            var centroid = new double[n];
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++) centroid[j] += points[i][j] / n;
            double[] Along(double t) => centroid.Select((c, j) => c + t * (points[n][j] - c)).ToArray();

            var reflected = Along(-1);
            var reflectedValue = f(reflected);
            if (reflectedValue < values[0])
            {
                var expanded = Along(-2);
                var expandedValue = f(expanded);
                (points[n], values[n]) = expandedValue < reflectedValue ? (expanded, expandedValue) : (reflected, reflectedValue);
            }
            else if (reflectedValue < values[n - 1])
            {
                (points[n], values[n]) = (reflected, reflectedValue);
            }
            else
            {
                var contracted = reflectedValue < values[n] ? Along(-0.5) : Along(0.5);
                var contractedValue = f(contracted);
                if (contractedValue < Math.Min(reflectedValue, values[n]))
                {
                    (points[n], values[n]) = (contracted, contractedValue);
                }
                else
                {
                    for (var i = 1; i <= n; i++)
                    {
                        points[i] = points[i].Select((x, j) => points[0][j] + 0.5 * (x - points[0][j])).ToArray();
                        values[i] = f(points[i]);
                    }
                }
            }
        }
        var bestIndex = Array.IndexOf(values, values.Min());
        return (points[bestIndex], values[bestIndex]);
    }
}
