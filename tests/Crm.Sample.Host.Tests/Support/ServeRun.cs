using System.Text;

namespace Crm.Sample.Host.Tests.Support;

/// <summary>
/// The host's <c>serve</c> command running in-process on a free loopback port (<c>--port 0</c>): waits for the
/// <c>Listening on …</c> line and reads the address from it, as a user or script would. Disposing cancels the command
/// and checks that it stopped cleanly (exit code 0, nothing on stderr).
/// </summary>
internal sealed class ServeRun : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly WatchedWriter _stdout = new();
    private readonly StringWriter _stderr = new();
    private Task<int>? _run;

    private ServeRun()
    {
    }

    /// <summary>The server's root, such as <c>http://127.0.0.1:40787/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client for <see cref="BaseAddress"/>.</summary>
    public HttpClient Http { get; private set; } = null!;

    /// <summary>Everything the command wrote to stdout so far.</summary>
    public string Stdout => _stdout.Text;

    /// <summary>Starts <c>serve --port 0</c> with <paramref name="extraArgs"/> and waits (at most 60 s) until it listens.</summary>
    public static async Task<ServeRun> StartAsync(params string[] extraArgs)
    {
        var run = new ServeRun();
        string[] args = ["serve", "--port", "0", .. extraArgs];
        run._run = Task.Run(() => HostApp.RunAsync(
            args, run._stdout, run._stderr, configureServices: null, run._stop.Token));
        var listening = await Task.WhenAny(run._stdout.FirstLine, run._run, Task.Delay(TimeSpan.FromSeconds(60)));
        if (listening != run._stdout.FirstLine)
        {
            await run._stop.CancelAsync();
            throw new InvalidOperationException($"serve did not print its address; stdout: {run._stdout.Text} stderr: {run._stderr}");
        }

        var line = await run._stdout.FirstLine;
        Assert.StartsWith("Listening on http://", line, StringComparison.Ordinal);
        run.BaseAddress = new Uri(line["Listening on ".Length..] + "/");
        run.Http = new HttpClient { BaseAddress = run.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        return run;
    }

    /// <summary>Cancels the command and returns its exit code and stderr.</summary>
    public async Task<(int ExitCode, string Stderr)> StopAsync()
    {
        await _stop.CancelAsync();
        var exitCode = await _run!.WaitAsync(TimeSpan.FromSeconds(30));
        return (exitCode, _stderr.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (_run is not null && !_run.IsCompleted)
        {
            var (exitCode, stderr) = await StopAsync();
            Assert.True(exitCode == 0, $"serve exited with {exitCode}; stderr: {stderr}");
        }

        _stop.Dispose();
        await _stdout.DisposeAsync();
        await _stderr.DisposeAsync();
    }

    /// <summary>A writer that completes <see cref="FirstLine"/> when the first line is complete.</summary>
    private sealed class WatchedWriter : TextWriter
    {
        private readonly StringBuilder _text = new();
        private readonly TaskCompletionSource<string> _firstLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override Encoding Encoding => Encoding.UTF8;

        public Task<string> FirstLine => _firstLine.Task;

        public string Text
        {
            get
            {
                lock (_text)
                {
                    return _text.ToString();
                }
            }
        }

        public override void Write(char value)
        {
            lock (_text)
            {
                _text.Append(value);
                if (value == '\n' && !_firstLine.Task.IsCompleted)
                {
                    _firstLine.TrySetResult(_text.ToString().TrimEnd('\r', '\n').Split('\n')[0]);
                }
            }
        }
    }
}
