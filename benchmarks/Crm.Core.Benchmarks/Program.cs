using BenchmarkDotNet.Running;
using Crm.Core.Benchmarks.Import;

// End-to-end runs (generate-purchases, e2e-library, e2e-duckdb, e2e-compare) take over; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0].StartsWith("generate-", StringComparison.Ordinal) || args.Length > 0 && args[0].StartsWith("e2e-", StringComparison.Ordinal))
{
    return EndToEnd.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
