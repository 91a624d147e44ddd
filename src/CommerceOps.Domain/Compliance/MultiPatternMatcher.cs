namespace CommerceOps.Domain.Compliance;

/// <summary>
/// Aho-Corasick automaton over normalised characters that runs directly on the original text: one table lookup both
/// normalises a character and gives its class, so there is no normalised copy and offsets stay those of the original.
/// The cost per character does not grow with the number of patterns (a 1,000-term list scans about as fast as 10 terms).
/// </summary>
public sealed class MultiPatternMatcher
{
    private const ushort Separator = ushort.MaxValue;

    private readonly ushort[] _classOf;
    private readonly int[] _rootNext;
    private readonly StateTransitions _next;
    private readonly int[] _fail;
    private readonly int[] _patternAt;
    private readonly int[] _outputLink;
    // The first state on the output chain of a state (itself when a pattern ends there), 0 for none: one load per step.
    private readonly int[] _firstOutput;
    private readonly int[] _patternLength;
    private readonly int _ringSize;

    /// <param name="patterns">Distinct, non-empty patterns; they are normalised here the same way as the text.</param>
    public MultiPatternMatcher(IReadOnlyList<string> patterns)
    {
        var normalized = patterns.Select(TextNormalization.Normalize).ToList();
        if (normalized.FindIndex(p => p.Length == 0) is var empty and >= 0)
            throw new ArgumentException($"Pattern '{patterns[empty]}' has no characters left after normalisation.", nameof(patterns));

        var classes = new Dictionary<char, ushort>();
        foreach (var c in normalized.SelectMany(p => p))
            if (!classes.ContainsKey(c)) classes[c] = checked((ushort)(classes.Count + 1));
        _classOf = new ushort[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var n = TextNormalization.Normalize((char)i);
            _classOf[i] = n == TextNormalization.Dropped ? Separator : classes.GetValueOrDefault(n);
        }

        var edges = new Dictionary<(int State, ushort Class), int>();
        var patternAt = new List<int> { -1 };
        _patternLength = new int[normalized.Count];
        for (var p = 0; p < normalized.Count; p++)
        {
            var state = 0;
            foreach (var c in normalized[p])
            {
                var key = (state, classes[c]);
                if (!edges.TryGetValue(key, out var nextState))
                {
                    nextState = patternAt.Count;
                    patternAt.Add(-1);
                    edges[key] = nextState;
                }
                state = nextState;
            }
            if (patternAt[state] >= 0) throw new ArgumentException($"Patterns '{patterns[patternAt[state]]}' and '{patterns[p]}' normalise to the same text.", nameof(patterns));
            patternAt[state] = p;
            _patternLength[p] = normalized[p].Length;
        }
        _patternAt = [.. patternAt];
        _ringSize = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, _patternLength.DefaultIfEmpty(1).Max()));
        _rootNext = new int[classes.Count + 1];
        _fail = new int[_patternAt.Length];
        _outputLink = new int[_patternAt.Length];
        _next = new StateTransitions(edges);
        LinkFailures(edges);
        _firstOutput = new int[_patternAt.Length];
        for (var s = 1; s < _patternAt.Length; s++) _firstOutput[s] = _patternAt[s] >= 0 ? s : _outputLink[s];
    }

    public int PatternCount => _patternLength.Length;

    /// <summary>Appends every occurrence of every pattern (overlapping ones too) to <paramref name="matches"/>.</summary>
    public void Match(ReadOnlySpan<char> text, List<PatternMatch> matches)
    {
        Span<int> ring = _ringSize <= 256 ? stackalloc int[_ringSize] : new int[_ringSize];
        var mask = _ringSize - 1;
        var classOf = _classOf;
        var firstOutput = _firstOutput;
        var state = 0;
        var kept = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var cls = classOf[text[i]];
            if (cls == Separator) continue;
            ring[kept & mask] = i;
            kept++;
            if (cls == 0)
            {
                state = 0;
                continue;
            }
            state = Step(state, cls);
            if (firstOutput[state] == 0) continue;
            for (var s = firstOutput[state]; s != 0; s = _outputLink[s])
            {
                var pattern = _patternAt[s];
                var length = _patternLength[pattern];
                matches.Add(new PatternMatch(pattern, ring[(kept - length) & mask], i + 1, kept - length, kept));
            }
        }
    }

    private int Step(int state, ushort cls)
    {
        while (state != 0)
        {
            var next = _next.Get(state, cls);
            if (next >= 0) return next;
            state = _fail[state];
        }
        return _rootNext[cls];
    }

    private void LinkFailures(Dictionary<(int State, ushort Class), int> edges)
    {
        var children = edges.GroupBy(e => e.Key.State).ToDictionary(g => g.Key, g => g.Select(e => (e.Key.Class, Target: e.Value)).ToList());
        var queue = new Queue<int>();
        foreach (var (cls, target) in children.GetValueOrDefault(0) ?? [])
        {
            _rootNext[cls] = target;
            queue.Enqueue(target);
        }
        while (queue.TryDequeue(out var state))
            foreach (var (cls, target) in children.GetValueOrDefault(state) ?? [])
            {
                _fail[target] = Step(_fail[state], cls);
                var fail = _fail[target];
                _outputLink[target] = _patternAt[fail] >= 0 ? fail : _outputLink[fail];
                queue.Enqueue(target);
            }
    }
}
