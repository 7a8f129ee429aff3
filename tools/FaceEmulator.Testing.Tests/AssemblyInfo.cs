// Every test starts its own emulator, so tests may run in parallel, as users' tests do.
[assembly: Parallelizable(ParallelScope.Fixtures)]
