using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CommerceOps.Domain.Compliance;

/// <summary>
/// Aho-Corasick automaton over normalised characters that runs directly on the original text: one table lookup both
/// normalises a character and gives its class, so there is no normalised copy and offsets stay those of the original.
/// The cost per character does not grow with the number of patterns (a 1,000-term list scans about as fast as 10 terms).
/// At the root, where most characters of clean copy are read, one lookup per character in a table indexed by the
/// character itself gives the state it starts; offsets of a match are worked out only when one is found.
/// </summary>
public sealed class MultiPatternMatcher
{
    private const ushort Separator = ushort.MaxValue;

    private readonly ushort[] _classOf;
    // The state reached from the root on a character (0 for a dropped character or one that starts no pattern).
    private readonly int[] _startState;
    private readonly int[] _rootNext;
    private readonly StateTransitions _next;
    private readonly int[] _fail;
    private readonly int[] _patternAt;
    private readonly int[] _outputLink;
    // The first state on the output chain of a state (itself when a pattern ends there), 0 for none: one load per step.
    private readonly int[] _firstOutput;
    private readonly int[] _patternLength;

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
        _rootNext = new int[classes.Count + 1];
        _fail = new int[_patternAt.Length];
        _outputLink = new int[_patternAt.Length];
        _next = new StateTransitions(edges);
        LinkFailures(edges);
        _firstOutput = new int[_patternAt.Length];
        for (var s = 1; s < _patternAt.Length; s++) _firstOutput[s] = _patternAt[s] >= 0 ? s : _outputLink[s];
        _startState = new int[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
            if (_classOf[i] != Separator) _startState[i] = _rootNext[_classOf[i]];
    }

    public int PatternCount => _patternLength.Length;

    /// <summary>Appends every occurrence of every pattern (overlapping ones too) to <paramref name="matches"/>.</summary>
    public void Match(ReadOnlySpan<char> text, List<PatternMatch> matches)
    {
        // Both tables have an entry for every char value, so indexing them by a char needs no bounds check.
        ref var startState = ref MemoryMarshal.GetArrayDataReference(_startState);
        ref var classOf = ref MemoryMarshal.GetArrayDataReference(_classOf);
        var firstOutput = _firstOutput;
        var kept = new KeptCount();
        var state = 0;
        var i = 0;
        while (true)
        {
            if (state == 0)
            {
                for (; i < text.Length; i++)
                    if ((state = Unsafe.Add(ref startState, text[i])) != 0) break;
                if (i == text.Length) return;
            }
            else
            {
                if (i == text.Length) return;
                var cls = Unsafe.Add(ref classOf, text[i]);
                if (cls == Separator)
                {
                    i++;
                    continue;
                }
                state = cls == 0 ? 0 : Step(state, cls);
            }
            if (firstOutput[state] != 0) Report(text, i, state, ref kept, matches);
            i++;
        }
    }

    /// <summary>Adds the patterns that end at <paramref name="last"/> in <paramref name="state"/>, with their offsets.</summary>
    private void Report(ReadOnlySpan<char> text, int last, int state, ref KeptCount kept, List<PatternMatch> matches)
    {
        var normalizedEnd = kept.Through(text, last, _classOf);
        for (var s = _firstOutput[state]; s != 0; s = _outputLink[s])
        {
            var pattern = _patternAt[s];
            var length = _patternLength[pattern];
            var start = last;
            for (var seen = 1; seen < length; seen++)
                do start--; while (_classOf[text[start]] == Separator);
            matches.Add(new PatternMatch(pattern, start, last + 1, normalizedEnd - length, normalizedEnd));
        }
    }

    /// <summary>The number of kept (not dropped) characters of a text up to a position, counted on from the last question.</summary>
    private struct KeptCount
    {
        private int _countedTo;
        private int _count;

        public int Through(ReadOnlySpan<char> text, int last, ushort[] classOf)
        {
            for (; _countedTo <= last; _countedTo++)
                if (classOf[text[_countedTo]] != Separator) _count++;
            return _count;
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
