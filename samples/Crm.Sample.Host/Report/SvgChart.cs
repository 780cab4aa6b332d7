using System.Globalization;
using System.Net;
using System.Text;

namespace Crm.Sample.Host.Report;

/// <summary>
/// Plain inline SVG charts for the HTML report: bars (grouped or stacked) and a heat-map grid. No script and no external
/// resource, so the report opens offline in any browser; every chart is an <c>svg.chart</c> element with a title, and
/// every label is HTML-encoded (customer data may hold markup).
/// </summary>
internal static class SvgChart
{
    /// <summary>Colours that stay distinct for readers with the common colour-vision deficiencies (Okabe–Ito).</summary>
    private static readonly string[] Palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000", "#999999"];

    private const int Width = 760;
    private const int Height = 320;
    private const int Left = 64;
    private const int Right = 16;
    private const int Top = 36;
    private const int Bottom = 72;

    /// <summary>Returns a bar chart: one group of bars per label, one bar per series (or one stacked bar).</summary>
    /// <param name="title">The chart title (also its accessible name).</param>
    /// <param name="labels">The category labels along the x axis.</param>
    /// <param name="series">The series; each has one value per label (non-negative).</param>
    /// <param name="stacked">Stack the series in one bar per label instead of placing them side by side.</param>
    /// <param name="yTitle">The quantity on the y axis.</param>
    public static string Bars(string title, IReadOnlyList<string> labels, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series, bool stacked, string yTitle)
    {
        var max = 0d;
        for (var i = 0; i < labels.Count; i++)
        {
            var column = series.Select(s => s.Values[i]).ToArray();
            max = Math.Max(max, stacked ? column.Sum() : column.DefaultIfEmpty(0d).Max());
        }

        var scaleMax = NiceCeiling(max);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var svg = Open(title);
        Axis(svg, scaleMax, plotHeight, yTitle);
        var slot = labels.Count == 0 ? plotWidth : (double)plotWidth / labels.Count;
        var barWidth = stacked || series.Count == 0 ? slot * 0.7 : slot * 0.8 / series.Count;
        for (var i = 0; i < labels.Count; i++)
        {
            var x0 = Left + (i * slot) + (slot * (stacked ? 0.15 : 0.1));
            var baseline = 0d;
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[i];
                var h = scaleMax <= 0d ? 0d : value / scaleMax * plotHeight;
                var x = stacked ? x0 : x0 + (s * barWidth);
                var y = Top + plotHeight - h - (stacked ? baseline : 0d);
                svg.Append(Invariant($"<rect x=\"{x:F1}\" y=\"{y:F1}\" width=\"{Math.Max(barWidth - 1, 1):F1}\" height=\"{h:F1}\" fill=\"{Palette[s % Palette.Length]}\">"))
                    .Append("<title>").Append(Encode(series[s].Name)).Append(" · ").Append(Encode(labels[i])).Append(": ")
                    .Append(Encode(Number(value))).Append("</title></rect>");
                if (stacked)
                {
                    baseline += h;
                }
            }

            var labelX = Left + (i * slot) + (slot / 2d);
            svg.Append(Invariant($"<text x=\"{labelX:F1}\" y=\"{Top + plotHeight + 14}\" font-size=\"11\" text-anchor=\"end\" transform=\"rotate(-35 {labelX:F1} {Top + plotHeight + 14})\">"))
                .Append(Encode(labels[i])).Append("</text>");
        }

        Legend(svg, series.Select(s => s.Name).ToArray());
        return Close(svg);
    }

    /// <summary>Returns a heat-map grid with the value written in each cell.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="rowLabels">Labels of the rows, top to bottom.</param>
    /// <param name="columnLabels">Labels of the columns, left to right.</param>
    /// <param name="values">values[row, column], non-negative.</param>
    /// <param name="rowTitle">What the rows are.</param>
    /// <param name="columnTitle">What the columns are.</param>
    public static string Grid(string title, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, double[,] values, string rowTitle, string columnTitle)
    {
        var rows = rowLabels.Count;
        var columns = columnLabels.Count;
        var max = 0d;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        var cellWidth = (Width - Left - Right - 40) / (double)Math.Max(columns, 1);
        var cellHeight = (Height - Top - Bottom + 20) / (double)Math.Max(rows, 1);
        var svg = Open(title);
        for (var r = 0; r < rows; r++)
        {
            var y = Top + (r * cellHeight);
            svg.Append(Invariant($"<text x=\"{Left + 30}\" y=\"{y + (cellHeight / 2) + 4:F1}\" font-size=\"12\" text-anchor=\"end\">")).Append(Encode(rowLabels[r])).Append("</text>");
            for (var c = 0; c < columns; c++)
            {
                var x = Left + 40 + (c * cellWidth);
                var share = max <= 0d ? 0d : values[r, c] / max;
                var fill = Invariant($"rgb({(int)(240 - (200 * share))},{(int)(246 - (140 * share))},{(int)(255 - (77 * share))})");
                svg.Append(Invariant($"<rect x=\"{x:F1}\" y=\"{y:F1}\" width=\"{cellWidth - 2:F1}\" height=\"{cellHeight - 2:F1}\" fill=\"{fill}\">"))
                    .Append("<title>").Append(Encode(rowLabels[r])).Append(" × ").Append(Encode(columnLabels[c])).Append(": ").Append(Encode(Number(values[r, c])))
                    .Append("</title></rect>")
                    .Append(Invariant($"<text x=\"{x + (cellWidth / 2):F1}\" y=\"{y + (cellHeight / 2) + 4:F1}\" font-size=\"12\" text-anchor=\"middle\" fill=\"{(share > 0.6 ? "#fff" : "#222")}\">"))
                    .Append(Encode(Number(values[r, c]))).Append("</text>");
            }
        }

        for (var c = 0; c < columns; c++)
        {
            var x = Left + 40 + (c * cellWidth) + (cellWidth / 2);
            svg.Append(Invariant($"<text x=\"{x:F1}\" y=\"{Top + (rows * cellHeight) + 16:F1}\" font-size=\"12\" text-anchor=\"middle\">")).Append(Encode(columnLabels[c])).Append("</text>");
        }

        svg.Append(Invariant($"<text x=\"{Left + 40 + (columns * cellWidth / 2):F1}\" y=\"{Top + (rows * cellHeight) + 34:F1}\" font-size=\"12\" text-anchor=\"middle\">")).Append(Encode(columnTitle)).Append("</text>")
            .Append(Invariant($"<text x=\"14\" y=\"{Top + (rows * cellHeight / 2):F1}\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 14 {Top + (rows * cellHeight / 2):F1})\">")).Append(Encode(rowTitle)).Append("</text>");
        return Close(svg);
    }

    /// <summary>Formats a value for a label: integers without decimals, others with two.</summary>
    public static string Number(double value) =>
        Math.Abs(value - Math.Round(value)) < 1e-9 ? Math.Round(value).ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static StringBuilder Open(string title)
    {
        var svg = new StringBuilder(4096);
        svg.Append(Invariant($"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\""))
            .Append(Encode(title)).Append("\" font-family=\"Vazirmatn, Tahoma, sans-serif\"><title>").Append(Encode(title)).Append("</title>")
            .Append(Invariant($"<text x=\"{Width / 2}\" y=\"20\" font-size=\"15\" font-weight=\"bold\" text-anchor=\"middle\">")).Append(Encode(title)).Append("</text>");
        return svg;
    }

    private static string Close(StringBuilder svg) => svg.Append("</svg>").ToString();

    private static void Axis(StringBuilder svg, double scaleMax, int plotHeight, string yTitle)
    {
        for (var k = 0; k <= 4; k++)
        {
            var value = scaleMax * k / 4d;
            var y = Top + plotHeight - (plotHeight * k / 4d);
            svg.Append(Invariant($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:F1}\" y2=\"{y:F1}\" stroke=\"#ddd\"/>"))
                .Append(Invariant($"<text x=\"{Left - 6}\" y=\"{y + 4:F1}\" font-size=\"11\" text-anchor=\"end\">")).Append(Encode(Number(value))).Append("</text>");
        }

        svg.Append(Invariant($"<text x=\"14\" y=\"{Top + (plotHeight / 2)}\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 14 {Top + (plotHeight / 2)})\">"))
            .Append(Encode(yTitle)).Append("</text>");
    }

    private static void Legend(StringBuilder svg, IReadOnlyList<string> names)
    {
        if (names.Count < 2)
        {
            return;
        }

        var x = (double)Left;
        for (var s = 0; s < names.Count; s++)
        {
            svg.Append(Invariant($"<rect x=\"{x:F1}\" y=\"{Height - 14}\" width=\"10\" height=\"10\" fill=\"{Palette[s % Palette.Length]}\"/>"))
                .Append(Invariant($"<text x=\"{x + 14:F1}\" y=\"{Height - 5}\" font-size=\"11\">")).Append(Encode(names[s])).Append("</text>");
            x += 24 + (names[s].Length * 6.5);
        }
    }

    /// <summary>Rounds up to 1, 2 or 5 times a power of ten, for a readable axis.</summary>
    private static double NiceCeiling(double value)
    {
        if (!(value > 0d) || !double.IsFinite(value))
        {
            return 1d;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1d, 2d, 2.5, 5d, 10d })
        {
            if (step * power >= value)
            {
                return step * power;
            }
        }

        return 10d * power;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
