namespace Crm.Sample.Host.Report;

/// <summary>What a terminal display is told while the report is made (<see cref="Commands.ReportCommand.WriteAsync"/>): the
/// name of each step as it starts, and the sections once they are built. The plain step lines are written either way.</summary>
/// <param name="Step">Called with each step's name as it starts; the next call (or the end) completes it.</param>
/// <param name="Built">Called once with the report's sections, before the files are written.</param>
internal sealed record ReportHooks(Action<string>? Step, Action<IReadOnlyList<ReportSection>>? Built);
