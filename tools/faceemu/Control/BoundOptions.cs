using System.Collections;
using System.CommandLine;

namespace FaceEmulator.Tool.Control;

/// <summary>
/// Options that each fill one property of the record a verb sends (<see cref="FaceEmulator.Testing.FaultRule"/>,
/// <see cref="FaceEmulator.Testing.RequestFilter"/>, ...): each option is declared next to the property it sets,
/// <see cref="AddTo"/> puts them on the command in that order, and <see cref="Bind"/> reads them all back.
/// </summary>
internal sealed class BoundOptions<T> : IEnumerable<Option>
{
    private readonly List<Option> _options = [];
    private readonly List<Func<T, ParseResult, T>> _setters = [];

    /// <summary>Adds <paramref name="option"/>; <paramref name="set"/> copies its value (null when absent) into the record.</summary>
    public void Add<TValue>(Option<TValue> option, Func<T, TValue?, T> set)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(set);
        _options.Add(option);
        _setters.Add((record, result) => set(record, result.GetValue(option)));
    }

    /// <summary>Adds the options to <paramref name="command"/>, after the symbols it already has.</summary>
    public Command AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in _options)
        {
            command.Add(option);
        }

        return command;
    }

    /// <summary><paramref name="seed"/> with every option's value from <paramref name="result"/>, in declaration order.</summary>
    public T Bind(T seed, ParseResult result) => _setters.Aggregate(seed, (record, set) => set(record, result));

    public IEnumerator<Option> GetEnumerator() => _options.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
