using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Crm.Core.Tests.Docs;

/// <summary>
/// Every ```csharp block of README.md, docs/*.md and the package READMEs compiles against the packages (a doc that
/// disagrees with the API fails here). A block is compiled as the body of an async method, with its own <c>using</c>
/// lines moved to the top, the usual namespaces imported, and — for blocks that continue an earlier example — the
/// page's context (<see cref="DocContexts"/>) available as fields, so a block may use names it does not declare only if
/// the page's context declares them. A block that declares types is compiled as a file of its own.
/// </summary>
public class DocsCompileTests
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.GetFiles(AppContext.BaseDirectory, "*.dll");
        return trusted.Concat(local)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase).Select(g => g.First())
            .Where(p => !Path.GetFileName(p).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
    });

    private static readonly Regex UsingDirective = new(@"^using\s+(static\s+)?[A-Za-z_][\w.]*\s*(=\s*[\w.<>]+\s*)?;\s*$");

    private static readonly string[] Usings =
    [
        "System.ComponentModel.DataAnnotations", "NodaTime.Text", "NodaTime.Serialization.SystemTextJson",
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Threading", "System.Threading.Tasks",
        "System.Text.Json", "NodaTime", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Options",
        "Crm.Core.Persian", "Crm.Core.Customers", "Crm.Core.Scheduling", "Crm.Core.Segmentation", "Crm.Core.Lifetime",
        "Crm.Core.ToneLint", "Microsoft.EntityFrameworkCore", "Crm.Core.EntityFrameworkCore", "Crm.Core.EntityFrameworkCore.PostgreSQL",
    ];

    public static TheoryData<string> Snippets()
    {
        var data = new TheoryData<string>();
        foreach (var snippet in DocSnippet.All())
        {
            data.Add(snippet.ToString());
        }

        return data;
    }

    [Fact]
    public void Snippets_AreFound()
    {
        Assert.True(DocSnippet.All().Count >= 40, $"only {DocSnippet.All().Count} C# blocks found");
    }

    [Fact]
    public void Compile_ABlockThatDisagreesWithTheApi_Fails()
    {
        var errors = Compile(new DocSnippet("docs/made-up.md", 10, "var holidays = IranHolidayCalendar.Default;\nholidays.Add(SolarHijri.Date(1405, 5, 10), \"x\");"));
        Assert.Contains(errors, e => e.Contains(": error CS", StringComparison.Ordinal) && e.Contains("docs/made-up.md(11,", StringComparison.Ordinal));
        Assert.NotEmpty(Compile(new DocSnippet("docs/made-up.md", 1, "var x = undefinedName + 1;")));
        Assert.Empty(Compile(new DocSnippet("docs/made-up.md", 1, "var next = new WorkCalendar().NextWorkingDay(SolarHijri.Date(1405, 12, 28));")));
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_Compiles(string name)
    {
        var snippet = DocSnippet.All().Single(s => s.ToString() == name);
        var errors = Compile(snippet);
        Assert.True(errors.Count == 0, $"{name} does not compile:\n{string.Join("\n", errors)}\n--- code ---\n{snippet.Code}");
    }

    internal static List<string> Compile(DocSnippet snippet)
    {
        var lines = snippet.Code.Split('\n');
        var usingLines = lines.TakeWhile(l => UsingDirective.IsMatch(l) || l.Trim().Length == 0).ToList();
        var body = string.Join('\n', lines.Skip(usingLines.Count));
        var source = new StringBuilder();
        foreach (var u in Usings)
        {
            source.Append("using ").Append(u).Append(";\n");
        }

        if (snippet.Code.Contains("Assert.", StringComparison.Ordinal))
        {
            source.Append("using Xunit;\n");
        }

        foreach (var u in usingLines.Where(l => l.Trim().Length > 0 && !Usings.Any(x => l.Trim() == $"using {x};")))
        {
            source.Append(u).Append('\n');
        }

        var declaresTypes = Regex.IsMatch(body, @"^(public |internal |sealed |static |file )*(class|record|interface|enum|struct) ", RegexOptions.Multiline);
        var context = DocContexts.For(snippet.File);
        if (declaresTypes)
        {
            source.Append("#line ").Append(snippet.Line + usingLines.Count).Append('\n').Append(body).Append('\n');
            source.Append("#line default\n").Append(DocContexts.TypesFor(snippet.File)).Append('\n');
        }
        else
        {
            source.Append("#pragma warning disable CS0169, CS0649, CS8618, CS1998, CS0219, CS0168, CS8321\n");
            source.Append("internal static class DocSnippetProgram\n{\n").Append(context).Append('\n');
            source.Append("    internal static async System.Threading.Tasks.Task Run()\n    {\n");
            source.Append("#line ").Append(snippet.Line + usingLines.Count).Append('\n').Append(body).Append("\n#line default\n    }\n}\n");
        }

        var tree = CSharpSyntaxTree.ParseText(source.ToString(), new CSharpParseOptions(LanguageVersion.Latest), path: snippet.File);
        var compilation = CSharpCompilation.Create("DocSnippet", [tree], References.Value,
            new CSharpCompilationOptions(declaresTypes ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS5001") // a file of types only has no Main
            .Where(d => !(d.Id == "CS0246" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'Xunit'", StringComparison.Ordinal)))
            .Select(d => d.ToString()).ToList();
    }
}
