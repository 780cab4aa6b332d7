using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Segmentation.Internal;

/// <summary>A compiled condition with typed operands; evaluates one customer at a time.</summary>
internal sealed class CompiledCondition : CompiledNode
{
    public required FieldInfo Field { get; init; }

    public required SegmentOperator Operator { get; init; }

    public SegmentOperator Positive => ValueOps.Positive(Operator);

    public bool Negated => ValueOps.IsNegated(Operator);

    public string[] Texts { get; init; } = [];

    public decimal[] Numbers { get; init; } = [];

    public int[] Days { get; init; } = [];

    public int Count { get; init; }

    public int Month { get; init; }

    public int Year { get; init; }

    public static string? FoldValue(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : PersianFold.FoldToString(value.Trim());

    /// <summary>The ISO day number (days since 0001-01-01); dates before year 1 (NodaTime goes back to −9998) get
    /// negative numbers instead of failing in <see cref="DateOnly"/>.</summary>
    public static int? DayNumber(LocalDate? date)
    {
        if (date?.WithCalendar(CalendarSystem.Iso) is not { } iso)
        {
            return null;
        }

        return iso.Year >= 1 ? iso.ToDateOnly().DayNumber : Period.DaysBetween(new LocalDate(1, 1, 1), iso);
    }

    public override bool Matches(CustomerFacts facts, SegmentContext context, DateEnv env)
    {
        switch (Field.Type)
        {
            case SegmentFieldType.Text:
                return Decide(FoldValue(Field.Text!(facts)) is { } text ? ValueOps.Text(text, Positive, Texts) : null);
            case SegmentFieldType.TextSet:
                var elements = Field.Set!(facts).Select(FoldValue).Where(e => e is not null).ToList();
                if (Operator is SegmentOperator.IsEmpty or SegmentOperator.IsNotEmpty)
                {
                    return (elements.Count == 0) == (Operator == SegmentOperator.IsEmpty);
                }

                var any = elements.Exists(e => ValueOps.Text(e!, Positive, Texts));
                return Negated ? !any : any;
            case SegmentFieldType.Number:
                decimal? number = Field.DaysSinceDate
                    ? env.AsOfDay - DayNumber(Field.Date!(facts, context.EffectiveZone))
                    : Field.Number!(facts);
                return Decide(number is { } n ? ValueOps.Number(n, Positive, Numbers) : null);
            default:
                var day = DayNumber(Field.Date!(facts, context.EffectiveZone));
                if (day is not { } d)
                {
                    return Decide(null);
                }

                var (py, pm, pd) = ValueOps.NeedsPersian(Positive) ? DateEnv.Persian(d) : (0, 0, 0);
                return Decide(ValueOps.Date(d, py, pm, pd, this, env));
        }
    }

    /// <summary>Turns the outcome on a present value (or null for a missing one) into the condition's result.</summary>
    public bool Decide(bool? present) => Operator switch
    {
        SegmentOperator.IsEmpty => present is null,
        SegmentOperator.IsNotEmpty => present is not null,
        _ when Negated => present is not true,
        _ => present is true,
    };
}
