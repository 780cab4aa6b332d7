using Microsoft.Extensions.Logging;

namespace Crm.Sample.Host;

/// <summary>
/// Writes log entries to the command's error writer, one line each (<c>warn: Category: message</c>), synchronously, so
/// they interleave with the command's own lines as they happen. Levels come from the <c>Logging</c> section of
/// <c>appsettings.json</c> (Warning by default, so a normal run logs nothing).
/// </summary>
internal sealed class HostLoggerProvider(TextWriter writer) : ILoggerProvider
{
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => new HostLogger(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(string line)
    {
        lock (_gate)
        {
            writer.WriteLine(line);
        }
    }

    private sealed class HostLogger(HostLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var level = logLevel switch
            {
                LogLevel.Trace => "trce",
                LogLevel.Debug => "dbug",
                LogLevel.Information => "info",
                LogLevel.Warning => "warn",
                LogLevel.Error => "fail",
                _ => "crit",
            };
            provider.Write($"{level}: {category}: {formatter(state, exception)}" + (exception is null ? string.Empty : " " + exception.Message.ReplaceLineEndings(" ")));
        }
    }
}
