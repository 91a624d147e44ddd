namespace CommerceOps.Domain.Compliance;

/// <summary>
/// The goto function of the automaton below the root: (state, character class) → state, in one open-addressing table.
/// A dictionary per state would cost a pointer chase per character; one flat table keeps a step to a multiply and a probe.
/// </summary>
internal sealed class StateTransitions
{
    private const ulong Empty = ulong.MaxValue;
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _shift;

    public StateTransitions(IReadOnlyCollection<KeyValuePair<(int State, ushort Class), int>> edges)
    {
        var bits = Math.Max(4, 64 - (int)ulong.LeadingZeroCount((ulong)Math.Max(1, edges.Count * 2)));
        _shift = 64 - bits;
        _keys = new ulong[1 << bits];
        _values = new int[1 << bits];
        Array.Fill(_keys, Empty);
        var mask = _keys.Length - 1;
        foreach (var ((state, cls), target) in edges)
        {
            var key = Key(state, cls);
            var slot = Slot(key);
            while (_keys[slot] != Empty) slot = (slot + 1) & mask;
            _keys[slot] = key;
            _values[slot] = target;
        }
    }

    /// <summary>The state reached from <paramref name="state"/> on <paramref name="cls"/>, or -1 when there is no edge.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int Get(int state, ushort cls)
    {
        var key = Key(state, cls);
        var keys = _keys;
        var mask = keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var found = keys[slot];
            if (found == key) return _values[slot];
            if (found == Empty) return -1;
        }
    }

    private static ulong Key(int state, ushort cls) => ((ulong)(uint)state << 16) | cls;

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
