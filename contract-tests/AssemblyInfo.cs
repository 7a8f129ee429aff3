// Fixtures run in parallel; each uses its own subscription key, so its own tenant, clock and ids.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(4)]
