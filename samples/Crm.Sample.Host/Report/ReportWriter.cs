using System.Net;
using System.Text;
using Crm.Sample.Host.Csv;

namespace Crm.Sample.Host.Report;

/// <summary>
/// Writes the report folder: a self-contained <c>index.html</c> (inline CSS and SVG, no script, no external resource, so
/// it opens offline) and one CSV file per table, safe to open in a spreadsheet program (see <see cref="CsvInjectionGuard"/>).
/// </summary>
internal static class ReportWriter
{
    private const string Style = """
        body{font-family:Vazirmatn,Tahoma,"Segoe UI",sans-serif;margin:0;color:#222;background:#fafafa}
        header{background:#0b3954;color:#fff;padding:1.2rem 2rem}header h1{margin:0 0 .3rem}header p{margin:.2rem 0}
        nav{padding:.6rem 2rem;background:#e8eef2}nav a{margin-right:1rem;color:#0b3954}
        main{padding:0 2rem 2rem;max-width:1100px}section{background:#fff;margin:1.2rem 0;padding:1rem 1.4rem;border-radius:6px;box-shadow:0 1px 3px #0002}
        svg.chart{width:100%;max-width:760px;height:auto;display:block;margin:.6rem 0}
        table{border-collapse:collapse;font-size:.9rem;margin:.6rem 0}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:start}
        table.month td{text-align:center;min-width:1.6rem}td.weekend{background:#eee;color:#888}td.holiday{background:#f8d7da;font-weight:bold}td.busy{background:#d4edda}
        .lint{display:grid;grid-template-columns:1fr 1fr;gap:1rem;border-top:1px solid #eee;padding-top:.6rem}.lint h3{font-size:1rem;margin:.2rem 0}
        .csv{font-size:.85rem}
        """;

    /// <summary>Writes the report into <paramref name="folder"/> (created when missing) and returns the page's path.</summary>
    public static async Task<string> WriteAsync(string folder, string title, IReadOnlyList<string> facts, IReadOnlyList<ReportSection> sections, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        foreach (var table in sections.Select(s => s.Table).OfType<ReportTable>())
        {
            await using var csv = new StreamWriter(Path.Combine(folder, table.CsvName), false, new UTF8Encoding(true));
            CsvInjectionGuard.WriteRecord(csv, table.Headers);
            foreach (var row in table.Rows)
            {
                CsvInjectionGuard.WriteRecord(csv, row);
            }
        }

        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
            .Append(Encode(title)).Append("</title><style>").Append(Style).Append("</style></head><body><header><h1>").Append(Encode(title)).Append("</h1>");
        foreach (var fact in facts)
        {
            html.Append("<p dir=\"auto\">").Append(Encode(fact)).Append("</p>");
        }

        html.Append("</header><nav>");
        foreach (var section in sections)
        {
            html.Append("<a href=\"#").Append(section.Id).Append("\">").Append(Encode(section.Title)).Append("</a>");
        }

        html.Append("</nav><main>");
        foreach (var section in sections)
        {
            html.Append("<section id=\"").Append(section.Id).Append("\"><h2 dir=\"auto\">").Append(Encode(section.Title)).Append("</h2><p dir=\"auto\">")
                .Append(Encode(section.Intro)).Append("</p>");
            foreach (var chart in section.Charts)
            {
                html.Append(chart);
            }

            if (section.Html is not null)
            {
                html.Append(section.Html);
            }

            if (section.Table is { } table)
            {
                AppendTable(html, table);
            }

            html.Append("</section>");
        }

        html.Append("</main></body></html>\n");
        var page = Path.Combine(folder, "index.html");
        await File.WriteAllTextAsync(page, html.ToString(), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return page;
    }

    private static void AppendTable(StringBuilder html, ReportTable table)
    {
        if (table.Rows.Count > 0)
        {
            html.Append("<table><thead><tr>");
            foreach (var header in table.Headers)
            {
                html.Append("<th>").Append(Encode(header)).Append("</th>");
            }

            html.Append("</tr></thead><tbody>");
            foreach (var row in table.Rows.Take(table.ShowRows))
            {
                html.Append("<tr>");
                foreach (var cell in row)
                {
                    html.Append("<td dir=\"auto\">").Append(Encode(cell)).Append("</td>");
                }

                html.Append("</tr>");
            }

            html.Append("</tbody></table>");
        }

        var shown = Math.Min(table.ShowRows, table.Rows.Count);
        html.Append("<p class=\"csv\"><a href=\"").Append(Encode(table.CsvName)).Append("\">").Append(Encode(table.CsvName)).Append("</a>: ")
            .Append(table.Rows.Count.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)).Append(" row(s)")
            .Append(shown < table.Rows.Count ? $", the first {shown} shown" : string.Empty).Append("</p>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
