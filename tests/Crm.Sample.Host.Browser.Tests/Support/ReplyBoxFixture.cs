using Crm.Sample.Host.Tests.Support;

namespace Crm.Sample.Host.Browser.Tests.Support;

/// <summary>One <c>serve --port 0</c> and one browser for a test class, started on first use (so a class whose tests
/// are all skipped starts nothing) and stopped when the class is done.</summary>
public sealed class ReplyBoxFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ServeRun? _serve;
    private BrowserSession? _browser;

    /// <summary>Starts the server and the browser if they are not running yet.</summary>
    internal async Task<(ServeRun Serve, BrowserSession Browser)> StartAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _serve ??= await ServeRun.StartAsync();
            _browser ??= await BrowserSession.StartAsync();
            return (_serve, _browser);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        if (_serve is not null)
        {
            await _serve.DisposeAsync();
        }

        _gate.Dispose();
    }
}
