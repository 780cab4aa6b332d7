using System.Globalization;
using Crm.Sample.Host.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using nietras.SeparatedValues;

namespace Crm.Sample.Host.Tests;

public class CsvInjectionGuardTests
{
    private static readonly char[] Alphabet = ['=', '+', '-', '@', '\t', '\r', '\n', '"', ',', '\'', ' ', '1', '.', 'a', 'ب', '۳'];

    private static Arbitrary<string> Cells() =>
        Gen.OneOf(
            Gen.Elements(Alphabet).ArrayOf().Select(cs => new string(cs)),
            ArbMap.Default.ArbFor<string>().Generator.Where(s => s is not null))
            .ToArbitrary();

    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+98 912", "'+98 912")]
    [InlineData("-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0")]
    [InlineData("@HYPERLINK(\"x\")", "'@HYPERLINK(\"x\")")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("+7", "+7")]
    [InlineData("سارا", "سارا")]
    [InlineData("", "")]
    [InlineData("a=b", "a=b")]
    public void Neutralize_Example_GuardsFormulasOnly(string cell, string expected) =>
        Assert.Equal(expected, CsvInjectionGuard.Neutralize(cell));

    [Property]
    public Property Neutralize_AnyCell_NeverStartsAFormula() =>
        Prop.ForAll(Cells(), cell =>
        {
            var safe = CsvInjectionGuard.Neutralize(cell);
            return safe.Length == 0 || !CsvInjectionGuard.Triggers.Contains(safe[0]) || double.TryParse(safe, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
        });

    [Property]
    public Property Neutralize_AnyCell_LosesNothingAndIsIdempotent() =>
        Prop.ForAll(Cells(), cell =>
        {
            var safe = CsvInjectionGuard.Neutralize(cell);
            return (safe == cell || safe == "'" + cell) && CsvInjectionGuard.Neutralize(safe) == safe;
        });

    [Property]
    public Property WriteRecord_AnyCells_ReadsBackAsTheNeutralisedCells() =>
        Prop.ForAll(Cells().Generator.ArrayOf().Where(a => a.Length >= 2).ToArbitrary(), cells =>
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            CsvInjectionGuard.WriteRecord(text, cells);
            using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true }).FromText(text.ToString());
            var read = reader.MoveNext();
            var back = read ? Enumerable.Range(0, reader.Current.ColCount).Select(i => reader.Current[i].ToString()).ToArray() : [];
            return read && !reader.MoveNext() && back.SequenceEqual(cells.Select(CsvInjectionGuard.Neutralize));
        });
}
